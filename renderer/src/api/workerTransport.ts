import { API_METHODS, type ApiResponse, type ApiTransport } from '../../../shared/api';
import type { Command } from '../../../shared/commands';
import type { MethodId } from '../../../shared/methods';
import type { Session } from '../../../shared/session';
import { setAnalysesComputedByWorker, storeAnalysis } from '../session/analysisCache';
import type { CsvImportReport } from './csvImportReport';
import { heldRef, standInFor } from './heldCommands';
import { joinLongArrays, restoreSameParts } from './messageParts';
import { sessionOf, type FromWorker, type ToWorker } from './workerProtocol';

const NO_CONNECTION: ApiResponse<unknown> = {
  ok: false,
  error: { code: 'network', message: 'No connection to Klantkompas.' },
};

/** An answer being received: its skeleton and the slices of its long arrays so far. */
interface Receiving {
  resolve(response: ApiResponse<unknown>): void;
  /** The same call over `fallback`. */
  retry(): Promise<ApiResponse<unknown>>;
  skeleton?: unknown;
  lengths?: number[];
  arrays?: unknown[][];
}

/** A CSV file read by the worker: its report, and its commands as a stand-in (heldCommands). */
export interface WorkerCsvRead {
  report: CsvImportReport;
  commands: readonly Command[];
}

export interface SessionWorker {
  /** The API, each answer made and parsed in the worker. */
  transport: ApiTransport;
  /**
   * The file read for `method` against the worker's copy of the session (the newest it
   * fetched); null when it has none or stopped: then the window reads the file itself.
   */
  readCsv(method: MethodId, bytes: Uint8Array, sessionId: string): Promise<WorkerCsvRead | null>;
}

/**
 * Browser mode's API over the session worker (api/sessionWorker.ts): the same HTTP calls, made
 * and parsed in the worker, each answer put together here from small messages. Null where no
 * worker can start; `fallback` serves if the worker fails later.
 */
export function workerTransport(token: string, fallback: ApiTransport): SessionWorker | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./sessionWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  let failed = false;
  /** Whether the worker has sent anything: before that, no call of it can have been made. */
  let started = false;
  let nextCall = 1;
  const receiving = new Map<number, Receiving>();
  const reading = new Map<number, (read: WorkerCsvRead | null) => void>();
  /** The last session received per id: the worker leaves out the parts equal to it. */
  const lastReceived = new Map<string, Session>();
  const send = (message: ToWorker) => worker.postMessage(message);

  const finish = (call: number, entry: Receiving) => {
    receiving.delete(call);
    try {
      const response = joinLongArrays(entry.skeleton, entry.arrays ?? []) as ApiResponse<unknown>;
      const marked = response.ok ? sessionOf(response.value) : undefined;
      if (response.ok && marked) {
        const session = restoreSameParts(lastReceived.get(marked.id), marked) as Session;
        lastReceived.set(session.id, session);
        (response.value as { session: Session }).session = session;
      }
      entry.resolve(response);
    } catch {
      entry.resolve(NO_CONNECTION);
    }
  };

  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    started = true;
    const message = event.data;
    if (message.type === 'csvRead') {
      const { read } = message;
      reading.get(message.call)?.(
        read && {
          report: read.report,
          commands: read.ref === null ? [] : standInFor(read.ref),
        },
      );
      reading.delete(message.call);
      return;
    }
    if (message.type === 'analysis') {
      const session = lastReceived.get(message.id);
      if (session?.updatedAt === message.updatedAt) {
        storeAnalysis(session, message.key, message.result);
      }
      return;
    }
    const entry = receiving.get(message.call);
    if (!entry) return;
    if (message.type === 'answer') {
      entry.skeleton = message.skeleton;
      entry.lengths = message.lengths;
      entry.arrays = message.lengths.map(() => []);
    } else {
      entry.arrays?.[message.index]?.push(...message.items);
    }
    const complete = entry.lengths?.every((length, i) => entry.arrays?.[i]?.length === length);
    if (complete) finish(message.call, entry);
  };
  // A worker that cannot run (or stops): the window's thread takes over. Calls waiting for a
  // worker that never started are made again; after that one may have reached the store, so
  // it is refused rather than perhaps made twice.
  worker.onerror = () => {
    failed = true;
    setAnalysesComputedByWorker(false);
    for (const entry of receiving.values()) {
      if (started) entry.resolve(NO_CONNECTION);
      else void entry.retry().then(entry.resolve);
    }
    receiving.clear();
    for (const resolve of reading.values()) resolve(null);
    reading.clear();
  };

  send({ type: 'init', apiBase: new URL('./api/', location.href).href, token });
  setAnalysesComputedByWorker(true);
  const transport = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      (...args: unknown[]) => {
        // Commands the worker keeps (a CSV import) exist nowhere else: no other way to send them.
        const index = args.findIndex((arg) => heldRef(arg) !== undefined);
        const held = index < 0 ? undefined : { index, ref: heldRef(args[index])! };
        const retry = () =>
          held
            ? Promise.resolve(NO_CONNECTION)
            : (fallback[method] as (...a: unknown[]) => Promise<ApiResponse<unknown>>)(...args);
        if (failed) return retry();
        return new Promise<ApiResponse<unknown>>((resolve) => {
          const call = nextCall++;
          receiving.set(call, { resolve, retry });
          const body = JSON.stringify({ args });
          send(
            held
              ? { type: 'call', call, method, body, held }
              : { type: 'call', call, method, body },
          );
        });
      },
    ]),
  ) as ApiTransport;
  return {
    transport,
    readCsv: (method, bytes, sessionId) =>
      failed
        ? Promise.resolve(null)
        : new Promise((resolve) => {
            const call = nextCall++;
            reading.set(call, resolve);
            send({ type: 'readCsv', call, method, sessionId, bytes });
          }),
  };
}
