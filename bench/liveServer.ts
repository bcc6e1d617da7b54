// Started by bench/live.ts as a process of its own, as `npm run serve -- --live` runs: browser
// mode over DATA_DIR with the participant listener open for SESSION_ID's culture exercise, on
// 127.0.0.1 only. Prints one JSON line { url, token, port, code } when it listens; stops on
// SIGTERM. LIMITS (JSON, optional) changes the listener's limits.
import { startBrowserMode } from '../main/browserMode';
import type { LiveLimits } from '../main/live/liveExercise';

const [dataDir, sessionId, limits] = process.argv.slice(2);
if (!dataDir || !sessionId) throw new Error('Usage: liveServer.ts DATA_DIR SESSION_ID [LIMITS]');
const server = await startBrowserMode({
  dataDir,
  live: {
    defaultHost: '127.0.0.1',
    limits: limits ? (JSON.parse(limits) as Partial<LiveLimits>) : undefined,
  },
});
const status = await server.live.start(sessionId, 'culture', { port: 0 });
console.log(
  JSON.stringify({ url: server.url, token: server.token, port: status.port, code: status.code }),
);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
