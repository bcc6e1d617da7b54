import { API_TOKEN_HEADER } from '../../../shared/contracts/transport';
import type { Session } from '../../../shared/session';
import {
  computeAnalysis,
  isLargeSession,
  sessionAnalyses,
  type AnalysisKey,
} from '../session/analysisCache';
import { HeldImports } from './heldImports';
import { markSameParts, splitLongArrays } from './messageParts';
import { SLICE, sessionOf, type FromWorker, type ToWorker } from './workerProtocol';

/**
 * The session worker (browser mode): makes the window's API calls and does off the window's
 * thread what takes long for a large session (10,000 people per method): parsing the answer
 * (13 MB of JSON), computing the analyses of every method, and reading a CSV import (10,000
 * people: up to a second) whose commands it keeps until the window sends them (heldCommands.ts).
 * The window gets each answer in slices and the analyses one by one (workerProtocol.ts), so that
 * none of it is a long task there.
 */

/** The worker's global scope (the project's types describe the window's). */
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
let apiBase = '';
let token = '';

/** The last session sent per id, with the parts that did not change kept (see messageParts). */
const lastSent = new Map<string, Session>();

function post(message: FromWorker): void {
  scope.postMessage(message);
}

async function fetchAnswer(method: string, body: string): Promise<unknown> {
  try {
    const response = await fetch(`${apiBase}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [API_TOKEN_HEADER]: token },
      body,
    });
    return await response.json();
  } catch {
    return { ok: false, error: { code: 'network', message: 'No connection to Klantkompas.' } };
  }
}

/** The CSV imports read here whose commands the window has not sent yet. */
const heldImports = new HeldImports();

function readCsv(message: Extract<ToWorker, { type: 'readCsv' }>): void {
  const session = lastSent.get(message.sessionId);
  const read = session ? heldImports.read(message.method, message.bytes, session) : null;
  post({ type: 'csvRead', call: message.call, read });
}

async function answer(message: Extract<ToWorker, { type: 'call' }>): Promise<void> {
  const { call, method } = message;
  const body = message.held ? heldImports.putIn(message.body, message.held) : message.body;
  let response =
    body === null
      ? { ok: false, error: { code: 'network', message: 'The import is no longer ready.' } }
      : await fetchAnswer(method, body);
  const value = (response as { ok: boolean; value?: unknown }).value;
  const session = sessionOf(value);
  if (session) {
    const { marked, shared } = markSameParts(lastSent.get(session.id), session);
    lastSent.set(session.id, shared);
    response = { ...(response as object), value: { ...(value as object), session: marked } };
    analyseSoon();
  }
  const { skeleton, arrays } = splitLongArrays(response, SLICE);
  post({ type: 'answer', call, skeleton, lengths: arrays.map((a) => a.length) });
  arrays.forEach((array, index) => {
    for (let start = 0; start < array.length; start += SLICE) {
      post({ type: 'items', call, index, items: array.slice(start, start + SLICE) });
    }
  });
}

/** The analyses sent per session object (one key string per analysis). */
const analysed = new WeakMap<Session, Set<string>>();
let analysing: ReturnType<typeof setTimeout> | null = null;

function analyseSoon(): void {
  analysing ??= setTimeout(analyseNext, 0);
}

/**
 * Computes and sends one analysis of the newest large sessions, then lets answers that arrived
 * meanwhile go first. Analyses of parts an answer did not change are known: sent at once.
 */
function analyseNext(): void {
  analysing = null;
  for (const session of lastSent.values()) {
    if (!isLargeSession(session)) continue;
    const sent = analysed.get(session) ?? new Set<string>();
    analysed.set(session, sent);
    const key = sessionAnalyses(session).find((k) => !sent.has(keyName(k)));
    if (!key) continue;
    const result = computeAnalysis(session, key);
    sent.add(keyName(key));
    post({ type: 'analysis', id: session.id, updatedAt: session.updatedAt, key, result });
    analyseSoon();
    return;
  }
}

const keyName = (key: AnalysisKey) => `${key.method}:${key.group ?? ''}`;

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    apiBase = message.apiBase;
    token = message.token;
  } else if (message.type === 'readCsv') {
    readCsv(message);
  } else {
    void answer(message);
  }
};
