import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { isMethodId, METHOD_IDS, type MethodId } from '../shared/methods';
import { isValidId } from '../shared/ids';

export interface ServeArgs {
  port: number;
  dataDir?: string;
  noOpen: boolean;
  chromium?: string;
  /** `--live SESSION_ID --live-method M [--live-host A] [--live-port Q]`: phones may join at once. */
  live?: { sessionId: string; method: MethodId; host?: string; port?: number };
}

/**
 * The arguments of `npm run serve -- ...` (main/serve.ts), checked: a mistake is an Error
 * whose message says what to write instead.
 */
export function parseServeArgs(argv: string[]): ServeArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      chromium: { type: 'string' },
      live: { type: 'string' },
      'live-method': { type: 'string' },
      'live-host': { type: 'string' },
      'live-port': { type: 'string' },
    },
  });
  const args: ServeArgs = {
    port: portOf('--port', values.port) ?? 0,
    dataDir: values['data-dir'],
    noOpen: values['no-open'] ?? false,
    chromium: values.chromium,
  };
  const liveOnly = ['live-method', 'live-host', 'live-port'] as const;
  if (values.live === undefined) {
    const stray = liveOnly.find((name) => values[name] !== undefined);
    if (stray) throw new Error(`--${stray} goes with --live SESSION_ID.`);
    return args;
  }
  if (!isValidId(values.live)) {
    throw new Error(
      `--live takes a session id (see "klantkompas sessions list"), not "${values.live}".`,
    );
  }
  const method = values['live-method'];
  if (!isMethodId(method)) {
    throw new Error(`--live-method must be one of ${METHOD_IDS.join(', ')}.`);
  }
  const host = values['live-host'];
  if (host !== undefined && isIP(host) === 0) {
    throw new Error(
      `--live-host takes an IP address of this computer (such as 192.168.1.20), not "${host}".`,
    );
  }
  args.live = {
    sessionId: values.live,
    method,
    host,
    port: portOf('--live-port', values['live-port']),
  };
  return args;
}

function portOf(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (value.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${flag} must be a number from 0 to 65535, not "${value}".`);
  }
  return port;
}
