import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { API_EVENTS_PATH, type Api, type ApiResponse, type Subscribe } from '../../shared/api';
import { appEventMessage, SSE_KEEPALIVE } from '../../shared/live/sse';
import { dispatch, toErrorData } from '../api';
import { CONTENT_SECURITY_POLICY } from '../../shared/contracts/csp';
import { API_TOKEN_HEADER, apiTokenMetaTag } from '../../shared/contracts/transport';

/** A 20 MB import travels as a JSON string; escaping can nearly double it. */
export const MAX_BODY_BYTES = 48 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface HttpServerOptions {
  api: Api;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  port?: number;
  /** The push channel: `GET /api/events` streams these events (AppEvent, shared/api.ts). */
  events?: Subscribe;
  /** How often an idle event stream gets a keep-alive comment (ms). */
  keepAliveMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  /** Resolves the first time a window loads the app's page: the launcher's proof that it opened. */
  pageServed: Promise<void>;
  close(): Promise<void>;
}

/**
 * Browser mode: the renderer and the API on 127.0.0.1 only. Every API call needs the per-run
 * token (handed to the page inside index.html, which other origins cannot read); the Host
 * header must name this server (against DNS rebinding); bodies are JSON and size-limited.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const token = randomBytes(24).toString('hex');
  let port = 0;
  let markPageServed = () => {};
  const pageServed = new Promise<void>((resolve) => (markPageServed = resolve));
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      sendJson(response, 500, { ok: false, error: toErrorData(error) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      response.writeHead(421, { 'content-type': 'text/plain' }).end('Wrong host.');
      return;
    }
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname === API_EVENTS_PATH && options.events) {
      return streamEvents(request, response, options.events);
    }
    if (url.pathname.startsWith('/api/'))
      return handleApi(request, response, url.pathname.slice(5));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    await serveFile(url.pathname, response);
  }

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    method: string,
  ): Promise<void> {
    if (request.method !== 'POST') {
      sendJson(response, 405, failure('invalidInput', 'Use POST.'));
      return;
    }
    if (!sameToken(String(request.headers[API_TOKEN_HEADER] ?? ''), token)) {
      sendJson(response, 403, failure('invalidInput', 'Missing or wrong token.'));
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(response, 415, failure('invalidInput', 'Only JSON is accepted.'));
      return;
    }
    const declared = Number(request.headers['content-length'] ?? 0);
    const body = declared > MAX_BODY_BYTES ? null : await readBody(request);
    if (body === null) {
      // Answer, then drop the connection: the rest of the body is never read.
      response.setHeader('connection', 'close');
      response.on('finish', () => request.destroy());
      sendJson(response, 413, failure('tooLarge', 'The request is too large.'));
      return;
    }
    let args: unknown;
    try {
      args = (JSON.parse(body) as { args?: unknown }).args ?? [];
    } catch {
      sendJson(response, 400, failure('invalidInput', 'The request is not valid JSON.'));
      return;
    }
    try {
      const value = await dispatch(options.api, method, args);
      sendJsonText(response, 200, `{"ok":true,"value":${jsonOf(value)}}`);
    } catch (error) {
      sendJson(response, 200, { ok: false, error: toErrorData(error) });
    }
  }

  /**
   * The push channel to the facilitator's page: server-sent events for as long as the page
   * keeps the request open. The token travels in its header like every API call (the page
   * reads the stream with fetch, not EventSource, which cannot send headers).
   */
  function streamEvents(request: IncomingMessage, response: ServerResponse, subscribe: Subscribe) {
    if (request.method !== 'GET') {
      sendJson(response, 405, failure('invalidInput', 'Use GET.'));
      return;
    }
    if (!sameToken(String(request.headers[API_TOKEN_HEADER] ?? ''), token)) {
      sendJson(response, 403, failure('invalidInput', 'Missing or wrong token.'));
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    // A first comment, so that the page knows at once that the stream is open.
    response.write(SSE_KEEPALIVE);
    const unsubscribe = subscribe((event) => response.write(appEventMessage(event)));
    const keepAlive = setInterval(
      () => response.write(SSE_KEEPALIVE),
      options.keepAliveMs ?? 25_000,
    );
    keepAlive.unref();
    response.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  async function serveFile(pathname: string, response: ServerResponse): Promise<void> {
    let relative: string;
    try {
      relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    } catch {
      // A malformed percent-encoding ("/%") is the client's mistake, not ours.
      response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request.');
      return;
    }
    const root = resolve(options.rendererDir);
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep)) {
      response.writeHead(404).end();
      return;
    }
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found.');
      return;
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    };
    if (extname(file) === '.html') {
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
      const html = content.toString('utf8').replace('</head>', `${apiTokenMetaTag(token)}</head>`);
      response.writeHead(200, headers).end(html);
      markPageServed();
      return;
    }
    response.writeHead(200, headers).end(content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    pageServed,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function failure(code: 'invalidInput' | 'tooLarge', message: string): ApiResponse<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(response: ServerResponse, status: number, body: ApiResponse<unknown>): void {
  sendJsonText(response, status, JSON.stringify(body));
}

function sendJsonText(response: ServerResponse, status: number, text: string): void {
  response
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    })
    .end(text);
}

/**
 * The JSON of an API result, made once per result object: the store answers every caller of
 * one group write with the very same SessionView (main/store/sessionStore.ts), so 20 callers
 * in flight cost one JSON text of the session, not 20. Results are never changed once made.
 */
const resultText = new WeakMap<object, string>();
function jsonOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  let text = resultText.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    resultText.set(value, text);
  }
  return text;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The body as text, or null once it passes MAX_BODY_BYTES (then reading stops). */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
