import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { defaultDataDir } from '../dataDir';
import { SessionStore } from '../store/sessionStore';
import { methodCommands } from './methodCommands';
import { reportCommands } from './report';
import { sessionCommands } from './sessions';
import { terminalSafe } from './terminalText';
import type { CliCommand, CliContext } from './types';

const COMMANDS: CliCommand[] = [...sessionCommands, ...methodCommands, ...reportCommands];

const COMMON_OPTIONS = { 'data-dir': { type: 'string' }, help: { type: 'boolean' } } as const;

function usage(): string {
  return [
    'Usage: klantkompas <command> [--data-dir DIR]',
    '',
    ...COMMANDS.map((c) => `  ${c.usage}`),
    '',
    "The data folder is --data-dir, else $KLANTKOMPAS_DATA_DIR, else the app's own folder.",
  ].join('\n');
}

function findCommand(argv: readonly string[]): CliCommand | undefined {
  return COMMANDS.find((c) => c.path.every((word, i) => argv[i] === word));
}

/** Where one CLI run writes and what it reads from its environment. */
export interface CliIo {
  /** One line (or a block of lines) of normal output. */
  stdout(line: string): void;
  /** The one-line error of a failed run. */
  stderr(line: string): void;
  /** Environment variables ($KLANTKOMPAS_DATA_DIR); the process's own when left out. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs one CLI invocation and returns the exit code: 0 success, 1 failure with one line on
 * stderr. It touches nothing but `io` and the data folder, so tests run it in process; the
 * `klantkompas` command is main/cli/main.ts.
 */
export async function runCli(argv: readonly string[], untrustedIo: CliIo): Promise<number> {
  // Every line leaves through here, so no name, word or header can steer the terminal.
  const io: CliIo = {
    ...untrustedIo,
    stdout: (line) => untrustedIo.stdout(terminalSafe(line)),
    stderr: (line) => untrustedIo.stderr(terminalSafe(line)),
  };
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help') {
    io.stdout(usage());
    return 0;
  }
  const command = findCommand(argv);
  try {
    if (!command) {
      throw new AppError(
        'invalidInput',
        `Unknown command "${argv.join(' ')}". Run "klantkompas help".`,
      );
    }
    const { values, positionals } = parseArgs({
      args: argv.slice(command.path.length),
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
    });
    if (values.help) {
      io.stdout(`Usage: klantkompas ${command.usage} [--data-dir DIR]`);
      return 0;
    }
    const dataDir =
      (values['data-dir'] as string | undefined) ??
      defaultDataDir(process.platform, io.env ?? process.env);
    let store: Promise<SessionStore> | undefined;
    const ctx: CliContext = {
      store: () => (store ??= SessionStore.open(dataDir)),
      print: (line) => io.stdout(line),
    };
    await command.run(ctx, positionals, values as Record<string, string | boolean | undefined>);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`Error: ${message.replace(/\s*\n\s*/g, ' ')}`);
    return 1;
  }
}
