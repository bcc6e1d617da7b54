import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { defaultDataDir } from '../dataDir';
import { SessionStore } from '../store/sessionStore';
import { cultureCommands } from './culture';
import { excellenceCommands } from './excellence';
import { kanoCommands } from './kano';
import { reportCommands } from './report';
import { sessionCommands } from './sessions';
import type { CliCommand, CliContext } from './types';

const COMMANDS: CliCommand[] = [
  ...sessionCommands,
  ...cultureCommands,
  ...kanoCommands,
  ...excellenceCommands,
  ...reportCommands,
];

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

function findCommand(argv: string[]): CliCommand | undefined {
  return COMMANDS.find((c) => c.path.every((word, i) => argv[i] === word));
}

/** Runs one CLI invocation; returns the exit code (0 success, 1 failure with one line on stderr). */
export async function runCli(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help') {
    console.log(usage());
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
      console.log(`Usage: klantkompas ${command.usage} [--data-dir DIR]`);
      return 0;
    }
    const dataDir = (values['data-dir'] as string | undefined) ?? defaultDataDir();
    let store: Promise<SessionStore> | undefined;
    const ctx: CliContext = {
      store: () => (store ??= SessionStore.open(dataDir)),
      print: (line) => console.log(line),
    };
    await command.run(ctx, positionals, values as Record<string, string | boolean | undefined>);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Error: ${message.replace(/\s*\n\s*/g, ' ')}`);
    return 1;
  }
}

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
