import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResponse, ApiTransport } from '../../shared/api';
import { workerTransport } from '../../renderer/src/api/workerTransport';
import type { FromWorker, ToWorker } from '../../renderer/src/api/workerProtocol';
import type { CsvImportReport } from '../../renderer/src/api/csvImportReport';

// The window's side of the session worker (renderer/src/api/workerTransport.ts) against a
// stand-in worker that records what the window sends and answers as the test says.

class FakeWorker {
  static last: FakeWorker | null = null;
  readonly sent: ToWorker[] = [];
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: (() => void) | null = null;

  constructor() {
    FakeWorker.last = this;
  }

  postMessage(message: ToWorker): void {
    this.sent.push(structuredClone(message));
  }

  /** A message from the worker, as the window receives it. */
  answer(message: FromWorker): void {
    this.onmessage?.({ data: structuredClone(message) } as MessageEvent<FromWorker>);
  }
}

const REPORT: CsvImportReport = {
  ok: true,
  commandCount: 3,
  encoding: 'windows-1252',
  summary: { nl: '2 deelnemers geïmporteerd.', en: '2 participants imported.' },
  notes: null,
};

/** A transport for when the worker fails: records its calls. */
function fallback(calls: unknown[][]): ApiTransport {
  return new Proxy({} as ApiTransport, {
    get:
      () =>
      (...args: unknown[]): Promise<ApiResponse<unknown>> => {
        calls.push(args);
        return Promise.resolve({ ok: true, value: null });
      },
  });
}

const globals = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  globals.Worker = FakeWorker;
  globals.location = { href: 'http://127.0.0.1:4000/' };
});

afterEach(() => {
  delete globals.Worker;
  delete globals.location;
  FakeWorker.last = null;
});

function start(calls: unknown[][] = []) {
  const sessionWorker = workerTransport('token', fallback(calls));
  if (!sessionWorker || !FakeWorker.last) throw new Error('expected a worker');
  return { sessionWorker, worker: FakeWorker.last };
}

describe('a CSV import over the session worker', () => {
  it('sends the file to the worker and gets the report with a stand-in for the commands', async () => {
    const { sessionWorker, worker } = start();
    const bytes = new Uint8Array([0x61, 0x3b, 0x62]);
    const reading = sessionWorker.readCsv('culture', bytes, 's1');
    const request = worker.sent.find((m) => m.type === 'readCsv');
    expect(request).toMatchObject({ method: 'culture', sessionId: 's1', bytes });
    worker.answer({ type: 'csvRead', call: request!.call, read: { report: REPORT, ref: 7 } });
    const read = await reading;
    expect(read?.report).toEqual(REPORT);
    // The commands stay in the worker: the window holds an empty stand-in.
    expect(read?.commands).toHaveLength(0);

    void sessionWorker.transport.executeMany('s1', read!.commands as never);
    const call = worker.sent.find((m) => m.type === 'call');
    expect(call).toMatchObject({ method: 'executeMany', held: { index: 1, ref: 7 } });
    expect(JSON.parse((call as { body: string }).body)).toEqual({ args: ['s1', []] });
  });

  it('sends ordinary commands as they are', () => {
    const { sessionWorker, worker } = start();
    const commands = [{ type: 'culture.reveal' }];
    void sessionWorker.transport.executeMany('s1', commands as never);
    const call = worker.sent.find((m) => m.type === 'call');
    expect(call).not.toHaveProperty('held');
    expect(JSON.parse((call as { body: string }).body)).toEqual({ args: ['s1', commands] });
  });

  it('leaves the file to the window when the worker has no copy of the session', async () => {
    const { sessionWorker, worker } = start();
    const reading = sessionWorker.readCsv('kano', new Uint8Array([0x61]), 's2');
    const request = worker.sent.find((m) => m.type === 'readCsv');
    worker.answer({ type: 'csvRead', call: request!.call, read: null });
    expect(await reading).toBeNull();
  });

  it('when the worker fails: a file being read goes back to the window, held commands are not sent', async () => {
    const calls: unknown[][] = [];
    const { sessionWorker, worker } = start(calls);
    const reading = sessionWorker.readCsv('culture', new Uint8Array([0x61]), 's1');
    const request = worker.sent.find((m) => m.type === 'readCsv');
    worker.answer({ type: 'csvRead', call: request!.call, read: { report: REPORT, ref: 3 } });
    const read = await reading;

    const another = sessionWorker.readCsv('culture', new Uint8Array([0x62]), 's1');
    worker.onerror?.();
    expect(await another).toBeNull();
    // The commands were only in the worker: refused, never sent empty over the fallback.
    const answer = await sessionWorker.transport.executeMany('s1', read!.commands as never);
    expect(answer.ok).toBe(false);
    expect(calls).toEqual([]);
    expect(await sessionWorker.readCsv('culture', new Uint8Array([0x63]), 's1')).toBeNull();
  });
});
