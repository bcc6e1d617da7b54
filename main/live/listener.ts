import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/contracts/csp';
import {
  PHONE_ERROR_STATUS,
  PHONE_EXERCISE_EVENT,
  PHONE_PATHS,
  type PhoneJoinResult,
  type PhoneResponse,
} from '../../shared/live/protocol';
import { SSE_KEEPALIVE, sseMessage } from '../../shared/live/sse';
import { PhoneFailure, type LiveExercise, type LiveLimits } from './liveExercise';
import { phoneCookie, phoneTokenOf } from './phoneIdentity';
import type { PhoneFile, PhoneFiles } from './phoneFiles';
import { phonePageWith } from './phonePage';
import { RateLimiter } from './rateLimiter';

export interface ListenerOptions {
  /** The address to listen on; undefined: every interface (IPv6 and IPv4 where the system can). */
  host?: string;
  /** The port asked for; when taken, a free one. */
  port: number;
  files: PhoneFiles;
  exercise: LiveExercise;
  limits: LiveLimits;
  now: () => number;
  /** How often an idle event stream gets a keep-alive comment (ms). */
  keepAliveMs?: number;
}

export interface RunningListener {
  port: number;
  close(): Promise<void>;
}

const JOIN_PAGE = /^\/j\/[A-Za-z0-9-]{1,32}\/?$/;
const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/**
 * The participant listener: a server of its own, apart from the facilitator's, reachable from
 * the room's network. It serves the phone page, the files it loads and the phone API
 * (shared/live/protocol.ts), and nothing else: every other path, the facilitator's page and
 * API included, is 404. The network is not trusted: JSON bodies only, size-limited, every
 * request limited per address; the rules of the exercise itself are in LiveExercise.
 */
export async function startListener(options: ListenerOptions): Promise<RunningListener> {
  const { files, exercise, limits } = options;
  const requests = new RateLimiter(limits.requestsPerAddressPerMinute, 60_000, options.now);
  const streamsPerAddress = new Map<string, number>();
  const keepAlive = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const failure =
        error instanceof PhoneFailure ? error : new PhoneFailure('failed', 'Something went wrong.');
      sendFailure(response, failure);
    });
  });
  // A phone keeps its connection between joining and answering (a new one costs a round trip
  // or three on weak Wi-Fi; Node's default drops it after 5 s), but slow or stalled phones must
  // not hold sockets for ever, nor more of them than a room has.
  server.keepAliveTimeout = 30_000;
  server.headersTimeout = 40_000;
  server.requestTimeout = 60_000;
  server.maxHeadersCount = 50;
  server.maxConnections = limits.maxPhones + limits.maxStreams;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const address = remoteAddress(request);
    if (!requests.take(address)) {
      sendFailure(response, new PhoneFailure('rateLimited', 'Too many requests; wait a minute.'));
      return;
    }
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://phone.invalid');
    } catch {
      response
        .writeHead(400, { ...COMMON_HEADERS, 'content-type': 'text/plain' })
        .end('Bad request.');
      return;
    }
    const path = url.pathname;
    const method = request.method ?? 'GET';
    const reading = method === 'GET' || method === 'HEAD';
    const token = phoneTokenOf(request.headers.cookie);

    if (reading && (path === PHONE_PATHS.page || JOIN_PAGE.test(path))) {
      if (!files.page) {
        response
          .writeHead(503, { ...COMMON_HEADERS, 'content-type': 'text/plain' })
          .end('The phone page is not built: run "npm run build".');
        return;
      }
      const code = JOIN_PAGE.test(path) ? codeInPath(path) : null;
      const page =
        code === null
          ? files.page
          : phonePageWith(files.page, pageData(exercise, code, token, address));
      sendFile(request, response, page, {
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'cache-control': 'no-store',
      });
      return;
    }
    const file = reading ? files.file(path) : undefined;
    if (file) {
      // Vite names these files after their content: a phone may keep them.
      const immutable = path.startsWith(PHONE_PATHS.assetsPrefix);
      sendFile(request, response, file, {
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      return;
    }
    if (method === 'POST' && path === PHONE_PATHS.join) {
      const body = await readJson(request, response, limits.bodyBytes);
      if (body === undefined) return;
      const code =
        typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
      const joined = await exercise.join(code, token, address);
      sendJson(
        response,
        200,
        { ok: true, value: joined.value },
        { 'set-cookie': phoneCookie(joined.token) },
      );
      return;
    }
    if (method === 'POST' && path === PHONE_PATHS.answer) {
      const body = await readJson(request, response, limits.bodyBytes);
      if (body === undefined) return;
      sendJson(response, 200, { ok: true, value: await exercise.answer(body, token, address) });
      return;
    }
    if (method === 'GET' && path === PHONE_PATHS.exercise) {
      const value = await exercise.exercise(url.searchParams.get('code'), token, address);
      sendJson(response, 200, { ok: true, value });
      return;
    }
    if (method === 'GET' && path === PHONE_PATHS.events) {
      await openStream(request, response, url.searchParams.get('code'), token, address);
      return;
    }
    response.writeHead(404, { ...COMMON_HEADERS, 'content-type': 'text/plain' }).end('Not found.');
  }

  async function openStream(
    request: IncomingMessage,
    response: ServerResponse,
    code: string | null,
    token: string | null,
    address: string,
  ): Promise<void> {
    const open = streamsPerAddress.get(address) ?? 0;
    if (open >= limits.streamsPerAddress) {
      throw new PhoneFailure('rateLimited', 'Too many open streams from this address.');
    }
    streamsPerAddress.set(address, open + 1);
    let stop = () => {};
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      stop();
      keepAlive.delete(response);
      const left = (streamsPerAddress.get(address) ?? 1) - 1;
      if (left > 0) streamsPerAddress.set(address, left);
      else streamsPerAddress.delete(address);
    };
    response.on('close', end);
    try {
      stop = await exercise.stream(code, token, address, (value) => {
        if (!response.headersSent) {
          response.writeHead(200, {
            ...COMMON_HEADERS,
            'content-type': 'text/event-stream; charset=utf-8',
            'cache-control': 'no-store',
            connection: 'keep-alive',
          });
        }
        response.write(sseMessage(PHONE_EXERCISE_EVENT, value));
      });
    } catch (error) {
      end();
      throw error;
    }
    if (ended) stop();
    else keepAlive.add(response);
  }

  const keepAliveTimer = setInterval(() => {
    for (const response of keepAlive) response.write(SSE_KEEPALIVE);
  }, options.keepAliveMs ?? 25_000);
  keepAliveTimer.unref();

  const port = await listen(server, options.port, options.host);
  return {
    port,
    close: async () => {
      clearInterval(keepAliveTimer);
      exercise.closeStreams();
      for (const response of keepAlive) response.end();
      keepAlive.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** Listens on `port`, or on a free port when that one is taken (another app, a second run). */
async function listen(server: Server, port: number, host: string | undefined): Promise<number> {
  const attempt = (p: number) =>
    new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      server.once('error', onError);
      server.listen(p, host, () => {
        server.off('error', onError);
        resolve();
      });
    });
  try {
    await attempt(port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error;
    await attempt(0);
  }
  return (server.address() as AddressInfo).port;
}

/** The code in `/j/CODE` as typed there (LiveExercise checks it), or null when it is unreadable. */
function codeInPath(path: string): string | null {
  try {
    return decodeURIComponent(path.slice(PHONE_PATHS.joinPrefix.length).replace(/\/$/, ''));
  } catch {
    return null;
  }
}

/** What the page at /j/CODE carries: what joining would answer, without joining (LiveExercise.page). */
function pageData(
  exercise: LiveExercise,
  code: string,
  token: string | null,
  address: string,
): PhoneResponse<PhoneJoinResult> {
  try {
    return { ok: true, value: exercise.page(code, token, address) };
  } catch (error) {
    if (!(error instanceof PhoneFailure)) throw error;
    return { ok: false, error: { code: error.code, message: error.message } };
  }
}

/** "::ffff:192.168.1.20" (an IPv4 phone on a dual-stack socket) is "192.168.1.20". */
function remoteAddress(request: IncomingMessage): string {
  const address = request.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: PhoneFile,
  headers: Record<string, string>,
): void {
  const gzip =
    file.gzip !== null && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = gzip ? file.gzip! : file.body;
  response.writeHead(200, {
    ...COMMON_HEADERS,
    ...headers,
    'content-type': file.type,
    'content-length': String(body.length),
    vary: 'accept-encoding',
    ...(gzip && { 'content-encoding': 'gzip' }),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: PhoneResponse<unknown>,
  headers: Record<string, string> = {},
): void {
  response
    .writeHead(status, {
      ...COMMON_HEADERS,
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    })
    .end(JSON.stringify(body));
}

function sendFailure(response: ServerResponse, failure: PhoneFailure): void {
  sendJson(response, PHONE_ERROR_STATUS[failure.code], {
    ok: false,
    error: { code: failure.code, message: failure.message },
  });
}

/**
 * The JSON body, or undefined when the request was refused (and answered) here: not JSON
 * (which also keeps other sites' plain form posts out), too large, or not parseable.
 */
async function readJson(
  request: IncomingMessage,
  response: ServerResponse,
  limit: number,
): Promise<unknown> {
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    sendFailure(response, new PhoneFailure('invalid', 'Only JSON is accepted.'));
    return undefined;
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  const text = declared > limit ? null : await readBody(request, limit);
  if (text === null) {
    // Answer, then drop the connection: the rest of the body is never read.
    response.setHeader('connection', 'close');
    response.on('finish', () => request.destroy());
    sendFailure(response, new PhoneFailure('tooLarge', 'The request is too large.'));
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    sendFailure(response, new PhoneFailure('invalid', 'The request is not valid JSON.'));
    return undefined;
  }
}

/** The body as text, or null once it passes `limit` bytes (then reading stops). */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
