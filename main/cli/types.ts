import type { ParseArgsConfig } from 'node:util';
import type { SessionStore } from '../store/sessionStore';

export interface CliContext {
  /** The session store on --data-dir / KLANTKOMPAS_DATA_DIR (opened on first use). */
  store(): Promise<SessionStore>;
  /** Writes one line to stdout. */
  print(line: string): void;
}

/**
 * One CLI command, e.g. `analyse culture`. A failure is thrown as an AppError (or Error);
 * the runner prints its message as one line on stderr and exits with 1.
 */
export interface CliCommand {
  path: readonly string[];
  /** One line, shown by `klantkompas help`: "analyse culture FILE.csv|--session ID [--json]". */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(
    ctx: CliContext,
    positionals: string[],
    values: Record<string, string | boolean | undefined>,
  ): Promise<void>;
}
