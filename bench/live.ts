import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { phoneParticipantId } from '../main/live/phoneIdentity';
import { SessionStore } from '../main/store/sessionStore';
import type { SessionView } from '../shared/api';
import { API_TOKEN_HEADER } from '../shared/contracts/transport';
import { createSseParser } from '../shared/live/sse';
import { Phone } from '../test/fixtures/livePhone';
import { median, report, seededRandom } from './util';
import { facilitatorCall } from '../test/fixtures/facilitatorApi';

/** Simulated phones; all must have joined and answered within SUBMIT_WITHIN_MS. */
const PHONES = 500;
const JOIN_IN_FLIGHT = 50;
/** The phones' answers start spread over this time, as a room answers over a few seconds. */
const ARRIVALS_OVER_MS = 4_000;
/** The room: answers on the facilitator's push channel within 250 ms (p95). */
const ROOM = 30;
const SUBMIT_WITHIN_MS = 10_000;
const FLOOD = 1_000;
const FLOOD_IN_FLIGHT = 20;
/** Where the phones cannot have addresses of their own: one address is one big phone. */
const RAISED_LIMITS = {
  answersPerAddressPerMinute: 100_000,
  joinsPerAddressPerMinute: 100_000,
  requestsPerAddressPerMinute: 100_000,
};
/** Nothing here runs longer than this; the bench stops by itself. */
const PHASE_LIMIT_MS = 60_000;

const ROOT = join(import.meta.dirname, '..');
const WORDS = [
  'klantgericht',
  'traag',
  'bureaucratisch',
  'open',
  'snel',
  'wendbaar',
  'hiërarchisch',
  'betrokken',
  'voorzichtig',
  'innovatief',
  'collegiaal',
  'resultaatgericht',
  'gesloten',
  'eigenwijs',
  'behulpzaam',
  'creatief',
  'vertrouwen',
  'eerlijk',
  'lerend',
  'duidelijk',
  'chaotisch',
  'gastvrij',
  'nieuwsgierig',
  'trots',
  'zorgvuldig',
  'moedig',
  'rommelig',
  'afwachtend',
  'ambitieus',
  'warm',
  'formeel',
  'samen',
  'bevlogen',
  'log',
  'speels',
];

interface Server {
  url: string;
  token: string;
  port: number;
  code: string;
  /** CPU time the server process has used so far (Linux), else null: fairer than wall time under load. */
  cpuMs(): Promise<number | null>;
  stop(): Promise<void>;
}

/** User + system CPU time of a process from /proc (Linux; clock ticks of 10 ms), else null. */
async function processCpuMs(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The app as `npm run serve -- --live` runs it, in a process of its own (bench/liveServer.ts). */
async function startServer(dataDir: string, sessionId: string, limits?: object): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  const args = ['--import', 'tsx', join(ROOT, 'bench', 'liveServer.ts'), dataDir, sessionId];
  if (limits) args.push(JSON.stringify(limits));
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const info = await new Promise<Omit<Server, 'stop'>>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`the server stopped (exit code ${code})`)));
  });
  return {
    ...info,
    cpuMs: () => processCpuMs(child.pid),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The facilitator's push channel, every `session` event with the moment it arrived. */
function watchSessionEvents(server: Server) {
  const events: { updatedAt: string | null; at: number }[] = [];
  const waiting = new Set<() => void>();
  const url = new URL('/api/events', server.url);
  const req = request(
    {
      host: '127.0.0.1',
      port: url.port,
      path: url.pathname,
      headers: { [API_TOKEN_HEADER]: server.token },
    },
    (res) => {
      res.setEncoding('utf8');
      const parse = createSseParser((event, data) => {
        if (event !== 'session') return;
        const { updatedAt } = JSON.parse(data) as { updatedAt: string | null };
        events.push({ updatedAt, at: performance.now() });
        for (const wake of waiting) wake();
      });
      res.on('data', parse);
      res.on('error', () => undefined);
    },
  );
  req.on('error', () => undefined);
  req.end();
  /** The arrival time of the first event that `accept`s, waiting for it if need be. */
  const arrival = (accept: (e: { updatedAt: string | null; at: number }) => boolean) =>
    withinLimit(
      new Promise<number>((resolve) => {
        const check = () => {
          const found = events.find(accept);
          if (!found) return;
          waiting.delete(check);
          resolve(found.at);
        };
        waiting.add(check);
        check();
      }),
      'waiting for the push',
    );
  return { events, arrival, close: () => req.destroy() };
}

/** 127.0.0.N as the phones' own addresses, where the system has them (Linux); else 127.0.0.1. */
async function manyLoopbackAddresses(): Promise<boolean> {
  const probe = new Phone({ port: 1, localAddress: '127.0.0.2' });
  try {
    await probe.send('GET', '/');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ECONNREFUSED';
  }
  return true;
}

/** The status of a reply, or 0 when the connection failed (counted, not thrown). */
async function statusOf(reply: Promise<{ status: number }>): Promise<number> {
  try {
    return (await reply).status;
  } catch {
    return 0;
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function withinLimit<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} took over ${PHASE_LIMIT_MS} ms: stopped.`)),
      PHASE_LIMIT_MS,
    );
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

async function inLanes(
  count: number,
  lanes: number,
  task: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

function countBy(values: number[]): string {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
}

/** The session without its updatedAt: what "stored data unchanged" compares. */
function content(view: SessionView): string {
  return JSON.stringify({ ...view.session, updatedAt: undefined });
}

type CultureView = SessionView & {
  session: { culture: { entries: { id: string; current: string[]; desired: string[] }[] } };
};

/**
 * A room of phones on loopback: 500 simulated phones (each its own connection, from its own
 * 127.0.0.N address where the system allows) join the culture exercise and answer four + four
 * words. Then one phone floods its answer and one address guesses codes. Figures: answer
 * latency, how many are stored (none lost, none twice), when the facilitator's push channel
 * has the last of them, and how the floods are refused.
 */
async function roomOf500(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-live-'));
  const store = await SessionStore.open(dataDir);
  const { id: sessionId } = await store.create({ name: 'Live bench', language: 'nl' });
  const spread = await manyLoopbackAddresses();
  const addressOf = (i: number) => (spread ? `127.0.0.${2 + (i % 250)}` : '127.0.0.1');
  // One address for every phone would be one big phone to the rate limits: raise them then.
  const server = await startServer(dataDir, sessionId, spread ? undefined : RAISED_LIMITS);
  const push = watchSessionEvents(server);
  const agents: Agent[] = [];
  try {
    console.log(
      `  (${PHONES} phones, ${spread ? '250 loopback addresses' : 'one loopback address, limits raised'}; ` +
        `the server in its own process, production build of main/)`,
    );
    const random = seededRandom(13);
    const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
    const phones = Array.from({ length: PHONES }, (_, i) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      agents.push(agent);
      return new Phone({ port: server.port, localAddress: addressOf(i), agent });
    });
    const answers = phones.map(() => ({
      method: 'culture',
      group: null,
      current: [pick(), pick(), pick(), pick()],
      desired: [pick(), pick(), pick(), pick()],
    }));

    // Join.
    const joinStatuses: number[] = [];
    const joinStart = performance.now();
    await withinLimit(
      inLanes(PHONES, JOIN_IN_FLIGHT, async (i) => {
        joinStatuses.push(await statusOf(phones[i]!.join(server.code)));
      }),
      'joining',
    );
    report(
      `${PHONES} phones join (${JOIN_IN_FLIGHT} at a time), all`,
      performance.now() - joinStart,
    );

    // Answer: phone i starts at i × (ARRIVALS_OVER_MS / PHONES).
    const latencies: number[] = [];
    const answerStatuses: number[] = [];
    let lastAck = 0;
    const submitStart = performance.now();
    const cpuBefore = await server.cpuMs();
    await withinLimit(
      Promise.all(
        phones.map(async (phone, i) => {
          await new Promise((r) => setTimeout(r, (i * ARRIVALS_OVER_MS) / PHONES));
          const start = performance.now();
          const status = await statusOf(phone.answer(server.code, answers[i]));
          const end = performance.now();
          latencies.push(end - start);
          answerStatuses.push(status);
          lastAck = Math.max(lastAck, end);
        }),
      ),
      'answering',
    );
    const allAnswered = lastAck - submitStart;
    const cpuAfter = await server.cpuMs();

    // What is stored.
    const view = await facilitatorCall<CultureView>(server, 'getSession', sessionId);
    const entries = view.session.culture.entries;
    const byId = new Map(entries.map((e) => [e.id, e]));
    let lost = 0;
    let wrong = 0;
    phones.forEach((phone, i) => {
      const entry = byId.get(phoneParticipantId(phone.cookie ?? '', sessionId));
      if (!entry) lost++;
      else if (
        JSON.stringify([entry.current, entry.desired]) !==
        JSON.stringify([answers[i]!.current, answers[i]!.desired])
      )
        wrong++;
    });
    // Entry ids are unique (the command refuses a second one): a phone counted twice would be an
    // entry beyond the phones found.
    const duplicated = entries.length - (PHONES - lost);
    // The push: the session event that carries the final updatedAt.
    const finalUpdatedAt = view.session.updatedAt;
    const pushed = await push.arrival((e) => e.updatedAt === finalUpdatedAt);

    console.log(
      `  joins: ${countBy(joinStatuses)}; answers: ${countBy(answerStatuses)}; ` +
        `stored participants: ${entries.length} (lost ${lost}, duplicated ${duplicated}, words differing ${wrong})`,
    );
    report(
      `all ${PHONES} answered, from the first answer sent`,
      allAnswered,
      `≤ ${SUBMIT_WITHIN_MS} ms, arrivals spread over ${ARRIVALS_OVER_MS} ms`,
    );
    report('answer latency p50', median(latencies));
    report('answer latency p99', percentile(latencies, 99), '≤ 50 ms');
    report('answer latency max', Math.max(...latencies));
    if (cpuBefore !== null && cpuAfter !== null) {
      report(`server CPU time (user + system) for the ${PHONES} answers`, cpuAfter - cpuBefore);
    }
    console.log(
      `  ${'answers per second (all answers / time to the last)'.padEnd(58)} ${((PHONES / allAnswered) * 1000).toFixed(0).padStart(10)}`,
    );
    report(
      'push: session event with all of them, after the last answer',
      Math.max(0, pushed - lastAck),
    );
    report(
      'push: session event with all of them, from the first answer sent',
      pushed - submitStart,
    );

    // One phone sends its own answer 1,000 times.
    const before = content(view);
    const flooder = phones[0]!;
    const floodStatuses: number[] = [];
    await withinLimit(
      inLanes(FLOOD, FLOOD_IN_FLIGHT, async () => {
        floodStatuses.push(await statusOf(flooder.answer(server.code, answers[0])));
      }),
      'the flood from one phone',
    );
    const afterFlood = await facilitatorCall<CultureView>(server, 'getSession', sessionId);
    console.log(
      `  ${FLOOD} answers from one phone: ${countBy(floodStatuses)}; participants ${afterFlood.session.culture.entries.length}, ` +
        `content ${content(afterFlood) === before ? 'unchanged' : 'CHANGED'}`,
    );

    // One address guesses 1,000 codes.
    const guesser = new Phone({
      port: server.port,
      localAddress: spread ? '127.0.0.253' : '127.0.0.1',
    });
    const guessStatuses: number[] = [];
    const wrongCode = (i: number) => {
      const code = `ACD${String(i)
        .padStart(3, '0')
        .replace(/[0-9]/g, (d) => 'EFGHJKMNPQ'[Number(d)]!)}`;
      return code === server.code ? 'AAAAAA' : code;
    };
    await withinLimit(
      inLanes(FLOOD, FLOOD_IN_FLIGHT, async (i) => {
        guessStatuses.push(await statusOf(guesser.join(wrongCode(i))));
      }),
      'the wrong codes',
    );
    const afterGuesses = await facilitatorCall<CultureView>(server, 'getSession', sessionId);
    const status = await facilitatorCall<{ joined: number; answered: number }>(
      server,
      'liveStatus',
    );
    console.log(
      `  ${FLOOD} wrong codes from one address: ${countBy(guessStatuses)}; content ${content(afterGuesses) === before ? 'unchanged' : 'CHANGED'}; ` +
        `counters: joined ${status.joined}, answered ${status.answered}`,
    );
  } finally {
    push.close();
    for (const agent of agents) agent.destroy();
    await server.stop();
  }
}

/**
 * The room of 30: each phone answers in turn, and the time from sending to the
 * `session` event on the facilitator's push channel (which the projector reloads on) is taken;
 * then all 30 change their answers at once.
 */
async function roomOf30(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-live30-'));
  const store = await SessionStore.open(dataDir);
  const { id: sessionId } = await store.create({ name: 'Zaal van 30', language: 'nl' });
  const spread = await manyLoopbackAddresses();
  const server = await startServer(dataDir, sessionId, spread ? undefined : RAISED_LIMITS);
  const push = watchSessionEvents(server);
  const agents: Agent[] = [];
  try {
    const random = seededRandom(30);
    const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
    const answer = () => ({
      method: 'culture',
      group: null,
      current: [pick(), pick(), pick(), pick()],
      desired: [pick(), pick(), pick(), pick()],
    });
    const phones = Array.from({ length: ROOM }, (_, i) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      agents.push(agent);
      const localAddress = spread ? `127.0.0.${2 + i}` : '127.0.0.1';
      return new Phone({ port: server.port, agent, localAddress });
    });
    for (const phone of phones) {
      const joined = await phone.join(server.code);
      if (joined.status !== 200) throw new Error(`A phone could not join: ${joined.text}`);
    }
    const latencies: number[] = [];
    const pushDelays: number[] = [];
    for (const phone of phones) {
      const start = performance.now();
      const pushed = push.arrival((e) => e.at >= start);
      const answered = await phone.answer(server.code, answer());
      if (answered.status !== 200) throw new Error(`An answer was refused: ${answered.text}`);
      latencies.push(performance.now() - start);
      pushDelays.push((await pushed) - start);
    }
    console.log(`  (a room of ${ROOM} phones, one after another, then all at once)`);
    report('answer latency p50, one at a time', median(latencies));
    report('answer latency p95, one at a time', percentile(latencies, 95));
    report('from sending to the push event, p50', median(pushDelays));
    report('from sending to the push event, p95', percentile(pushDelays, 95), '≤ 250 ms');
    const start = performance.now();
    await Promise.all(phones.map((phone) => phone.answer(server.code, answer())));
    const view = await facilitatorCall<CultureView>(server, 'getSession', sessionId);
    const last = await push.arrival((e) => e.updatedAt === view.session.updatedAt);
    report(`all ${ROOM} change their answers at once: pushed after`, last - start);
  } finally {
    push.close();
    for (const agent of agents) agent.destroy();
    await server.stop();
  }
}

export async function run(): Promise<void> {
  await roomOf30();
  await roomOf500();
}
