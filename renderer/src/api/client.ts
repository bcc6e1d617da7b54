import {
  API_EVENTS_PATH,
  API_METHODS,
  type ApiClient,
  type ApiMethod,
  type ApiResponse,
  type ApiTransport,
  type AppEventListener,
  type DesktopBridge,
  type Subscribe,
} from '../../../shared/api';
import type { AppErrorData } from '../../../shared/errors';
import { API_TOKEN_HEADER, API_TOKEN_META_SELECTOR } from '../../../shared/contracts/transport';
import { createSseParser, parseAppEvent } from '../../../shared/live/sse';
import { workerTransport, type SessionWorker } from './workerTransport';

declare global {
  interface Window {
    /** Set by the Electron preload script; absent in browser mode. */
    klantkompas?: DesktopBridge;
  }
}

/** An API failure, carrying the code the UI translates. */
export class ApiError extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
  }
}

/**
 * Browser mode: the same methods over HTTP on 127.0.0.1 with the per-run token, made by the
 * window itself. The app uses this only where the session worker cannot run (workerTransport).
 */
function httpTransport(token: string): ApiTransport {
  const call = async (method: ApiMethod, args: unknown[]): Promise<ApiResponse<unknown>> => {
    try {
      const response = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [API_TOKEN_HEADER]: token },
        body: JSON.stringify({ args }),
      });
      return (await response.json()) as ApiResponse<unknown>;
    } catch {
      return { ok: false, error: { code: 'network', message: 'No connection to Klantkompas.' } };
    }
  };
  return Object.fromEntries(
    API_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  ) as ApiTransport;
}

/**
 * `subscribe(listener, onListening?) → unsubscribe`. Events sent while nobody listens are not
 * kept: before this window subscribed (between loading something and subscribing), and while
 * a dropped connection was down. `onListening` is called whenever events flow from now on (at
 * once when they already do, again after each reconnect): the moment to check once what may
 * have been missed (when the session last changed, the live status).
 */
export type SubscribeWithCatchUp = (
  listener: AppEventListener,
  onListening?: () => void,
) => () => void;

const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 15_000;

/**
 * Browser mode's push channel: one `GET /api/events` stream for all of this window's listeners,
 * read with fetch (EventSource cannot send the token header) and parsed as server-sent events.
 * A dropped stream (the server restarted, the laptop slept) is opened again, waiting 1 s, 2 s,
 * … up to 15 s.
 */
function httpEvents(token: string): SubscribeWithCatchUp {
  const listeners = new Map<AppEventListener, (() => void) | undefined>();
  /** The stream of this window, while anybody listens; `streaming` while events flow. */
  let stream: { stop: AbortController; streaming: boolean } | null = null;
  const emit: AppEventListener = (event) => {
    for (const listener of listeners.keys()) listener(event);
  };

  const run = async (current: NonNullable<typeof stream>) => {
    const { signal } = current.stop;
    let delay = FIRST_RETRY_MS;
    while (!signal.aborted) {
      try {
        const response = await fetch(`.${API_EVENTS_PATH}`, {
          headers: { [API_TOKEN_HEADER]: token },
          cache: 'no-store',
          signal,
        });
        if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
        delay = FIRST_RETRY_MS;
        current.streaming = true;
        for (const onListening of listeners.values()) onListening?.();
        const parse = createSseParser((name, data) => {
          const event = parseAppEvent(name, data);
          if (event) emit(event);
        });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parse(value);
        }
      } catch {
        /* closed or refused: try again below, unless this window stopped listening */
      }
      current.streaming = false;
      if (signal.aborted) return;
      await new Promise((resolve) => window.setTimeout(resolve, delay));
      delay = Math.min(delay * 2, LAST_RETRY_MS);
    }
  };

  return (listener, onListening) => {
    listeners.set(listener, onListening);
    if (stream?.streaming && onListening) queueMicrotask(onListening);
    if (!stream) {
      stream = { stop: new AbortController(), streaming: false };
      void run(stream);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && stream) {
        stream.stop.abort();
        stream = null;
      }
    };
  };
}

/**
 * The one API object of the renderer. Electron's preload provides the transport; in browser
 * mode it is HTTP. Either way a failure arrives as an ApiError with a translatable code.
 */
function createClient(transport: ApiTransport): ApiClient {
  return Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      async (...args: unknown[]) => {
        const response = await (
          transport[method] as (...a: unknown[]) => Promise<ApiResponse<unknown>>
        )(...args);
        if (!response.ok) throw new ApiError(response.error);
        return response.value;
      },
    ]),
  ) as unknown as ApiClient;
}

/**
 * The API plus `subscribe(listener) → unsubscribe`: what main pushes (a session changed, the
 * live listener's status), so that screens update without polling.
 */
export type RendererApi = ApiClient & { subscribe: SubscribeWithCatchUp };

/** Electron: main sends every event to every window over IPC, listening from the first call. */
function desktopEvents(onEvent: Subscribe): SubscribeWithCatchUp {
  return (listener, onListening) => {
    const unsubscribe = onEvent(listener);
    if (onListening) queueMicrotask(onListening);
    return unsubscribe;
  };
}

function createApi(): { api: RendererApi; worker: SessionWorker | null } {
  const bridge = window.klantkompas;
  if (bridge) {
    return {
      api: { ...createClient(bridge), subscribe: desktopEvents(bridge.onEvent) },
      worker: null,
    };
  }
  const token = document.querySelector<HTMLMetaElement>(API_TOKEN_META_SELECTOR)?.content ?? '';
  const direct = httpTransport(token);
  const worker = workerTransport(token, direct);
  return {
    api: { ...createClient(worker?.transport ?? direct), subscribe: httpEvents(token) },
    worker,
  };
}

const created = createApi();
export const api: RendererApi = created.api;
/** The session worker where there is one (browser mode); null in Electron. */
export const sessionWorker: SessionWorker | null = created.worker;
