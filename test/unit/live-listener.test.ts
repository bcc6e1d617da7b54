import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DEFAULT_LIVE_LIMITS } from '../../main/live/liveExercise';
import type { LiveStatus } from '../../shared/api';
import { API_TOKEN_HEADER } from '../../shared/contracts/transport';
import { MAX_WORD } from '../../shared/culture/model';
import { PHONE_COOKIE, PHONE_MAX_BODY_BYTES } from '../../shared/live/protocol';
import { useLiveServer } from '../fixtures/liveServer';
import { Phone, openEventStream } from '../fixtures/livePhone';

const live = useLiveServer({
  'index.html': '<html><head></head><body>FACILITATOR</body></html>',
  'assets/main-1.js': 'console.log("facilitator")',
  'phone.html':
    '<html><head><script type="module" src="/assets/phone-1.js"></script></head><body>PHONE</body></html>',
  'assets/phone-1.js': 'import "./chunk-1.js";',
  'assets/chunk-1.js': 'console.log("phone")',
});
const call = live.call;
let sessionA: string;
let sessionB: string;

async function start(sessionId: string, method = 'culture'): Promise<LiveStatus> {
  return call<LiveStatus>('liveStart', sessionId, method, { port: 0, host: '127.0.0.1' });
}

const phone = (status: LiveStatus, localAddress?: string) =>
  new Phone({ port: status.port, localAddress });

const words = (current: string[], desired: string[] = []) => ({
  method: 'culture',
  group: null,
  current,
  desired,
});

beforeAll(async () => {
  sessionA = (await call<{ id: string }>('createSession', { name: 'A', language: 'en' })).id;
  sessionB = (await call<{ id: string }>('createSession', { name: 'B', language: 'en' })).id;
  await call('execute', sessionA, {
    type: 'kano.addWishes',
    wishes: [{ id: 'w1', name: 'Fast delivery', description: '' }],
  });
});

describe('joining', () => {
  it('joins with the right code, sets an HttpOnly cookie, and shows the exercise', async () => {
    const status = await start(sessionA);
    expect(status.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(status.addresses).toMatchObject([
      { address: '127.0.0.1', url: `http://127.0.0.1:${status.port}/j/${status.code}` },
    ]);
    expect(status.firewallNote).toBeNull(); // loopback: no firewall asks
    const p = phone(status);
    const reply = await p.join(status.code.toLowerCase().replace(/^(...)/, '$1-'));
    expect(reply.status).toBe(200);
    expect(reply.headers['set-cookie']?.[0]).toMatch(
      new RegExp(`^${PHONE_COOKIE}=[A-Za-z0-9_-]{32}; HttpOnly; SameSite=Strict; Path=/`),
    );
    expect(reply.body.value.exercise).toMatchObject({ method: 'culture', title: 'A', open: true });
    expect(reply.body.value.answer).toBeNull();
    expect((await call<LiveStatus>('liveStatus')).joined).toBe(1);
  });

  it('falls back to a free port when the one asked for is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const status = await call<LiveStatus>('liveStart', sessionA, 'culture', {
        port,
        host: '127.0.0.1',
      });
      expect(status.port).not.toBe(port);
      expect((await phone(status).join(status.code)).status).toBe(200);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('refuses a wrong code', async () => {
    const status = await start(sessionA);
    const wrong = status.code === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA';
    const reply = await phone(status).join(wrong);
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('wrongCode');
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('limits wrong codes per address: then even the right code waits a minute', async () => {
    const status = await start(sessionA);
    const wrong = status.code === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA';
    const guesser = phone(status, '127.0.0.2');
    const statuses: number[] = [];
    for (let i = 0; i < DEFAULT_LIVE_LIMITS.wrongCodesPerAddressPerMinute + 2; i++) {
      statuses.push((await guesser.join(wrong)).status);
    }
    expect(statuses.filter((s) => s === 403)).toHaveLength(
      DEFAULT_LIVE_LIMITS.wrongCodesPerAddressPerMinute,
    );
    expect(statuses.slice(-2)).toEqual([429, 429]);
    expect((await guesser.join(status.code)).status).toBe(429);
    // Another address is not held back by this one.
    expect((await phone(status, '127.0.0.3').join(status.code)).status).toBe(200);
    live.advance(60_000);
    expect((await guesser.join(status.code)).status).toBe(200);
  });
});

describe('answering', () => {
  it('keeps one participant per phone: the same phone updates, never duplicates', async () => {
    const status = await start(sessionA);
    const a = phone(status);
    const b = phone(status);
    await a.join(status.code);
    await b.join(status.code);
    expect((await a.answer(status.code, words(['Slow']))).status).toBe(200);
    const changed = await a.answer(status.code, words(['Careful', 'Kind'], ['Fast']));
    expect(changed.body.value.answer).toEqual(words(['Careful', 'Kind'], ['Fast']));
    await b.answer(status.code, words(['Open']));
    const entries = (
      await call<{ session: { culture: { entries: unknown[] } } }>('getSession', sessionA)
    ).session.culture.entries;
    expect(entries).toHaveLength(2);
    // Back on the phone: its own answer, not the other phone's.
    expect((await a.exercise(status.code)).body.value.answer).toEqual(
      words(['Careful', 'Kind'], ['Fast']),
    );
    expect((await call<LiveStatus>('liveStatus')).answered).toBe(2);
    // A phone without our cookie is nobody: it must join first.
    expect((await phone(status).answer(status.code, words(['Sneaky']))).body.error.code).toBe(
      'notFound',
    );
  });

  it('refuses answers while the exercise is closed, with the right code', async () => {
    const status = await start(sessionA);
    const p = phone(status);
    await p.join(status.code);
    await call('liveSetOpen', false);
    const refused = await p.answer(status.code, words(['Late']));
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('closed');
    await call('liveSetOpen', true);
    expect((await p.answer(status.code, words(['Late']))).status).toBe(200);
  });

  it('validates answers with the same schemas, and stores nothing of a refused one', async () => {
    const status = await start(sessionA);
    const p = phone(status);
    await p.join(status.code);
    await p.answer(status.code, words(['Kept']));
    const before = await call<{ session: unknown }>('getSession', sessionA);
    const refused = [
      words(['a', 'b', 'c', 'd', 'e']),
      words(['x'.repeat(MAX_WORD + 1)]),
      words([]),
      { ...words(['a']), group: 'no-such-group' },
      { ...words(['a']), participant: 'P1', id: 'someone-else' },
      // Only the open method: a Kano or Excellence answer to a culture exercise.
      { method: 'kano', group: null, answers: { w1: { functional: 1, dysfunctional: 5 } } },
      { method: 'excellence', group: null, scores: { 1: { now: 11, target: 9 } } },
      'not even an object',
    ];
    for (const answer of refused) {
      const reply = await p.answer(status.code, answer);
      expect(reply.status, JSON.stringify(answer)).toBe(400);
      expect(reply.body.error.code).toBe('invalid');
    }
    expect(await call('getSession', sessionA)).toEqual(before);
  });

  it('refuses a Kano answer to a wish the session does not have, and a score of 11', async () => {
    let status = await start(sessionA, 'kano');
    let p = phone(status);
    await p.join(status.code);
    const unknownWish = {
      method: 'kano',
      group: null,
      answers: { 'no-such-wish': { functional: 1, dysfunctional: 5 } },
    };
    expect((await p.answer(status.code, unknownWish)).body.error.code).toBe('invalid');
    const known = {
      method: 'kano',
      group: null,
      answers: { w1: { functional: 1, dysfunctional: 5 } },
    };
    expect((await p.answer(status.code, known)).status).toBe(200);

    status = await start(sessionA, 'excellence');
    p = phone(status);
    await p.join(status.code);
    const eleven = { method: 'excellence', group: null, scores: { 3: { now: 11, target: 9 } } };
    expect((await p.answer(status.code, eleven)).status).toBe(400);
    const fine = { method: 'excellence', group: null, scores: { 3: { now: 7, target: 9 } } };
    expect((await p.answer(status.code, fine)).status).toBe(200);
  });

  it('limits answers per phone per minute', async () => {
    const status = await start(sessionA);
    const p = phone(status);
    await p.join(status.code);
    const statuses: number[] = [];
    for (let i = 0; i <= DEFAULT_LIVE_LIMITS.answersPerPhonePerMinute; i++) {
      statuses.push((await p.answer(status.code, words([`w${i}`]))).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 200)).toHaveLength(
      DEFAULT_LIVE_LIMITS.answersPerPhonePerMinute,
    );
  });

  it('refuses a body over the limit with 413', async () => {
    const status = await start(sessionA);
    const p = phone(status);
    await p.join(status.code);
    const huge = words(['x'.repeat(PHONE_MAX_BODY_BYTES)]);
    const reply = await p.answer(status.code, huge);
    expect(reply.status).toBe(413);
    expect(reply.body.error.code).toBe('tooLarge');
  });
});

describe('what the listener serves', () => {
  it('serves the phone page and its files, and nothing of the facilitator', async () => {
    const status = await start(sessionA);
    const p = phone(status);
    for (const path of ['/', `/j/${status.code}`]) {
      const page = await p.send('GET', path);
      expect(page.status).toBe(200);
      expect(page.text).toContain('PHONE');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    }
    expect((await p.send('GET', '/assets/phone-1.js')).status).toBe(200);
    expect((await p.send('GET', '/assets/chunk-1.js')).status).toBe(200);
    const facilitator = [
      ['GET', '/index.html'],
      ['GET', '/assets/main-1.js'],
      ['GET', '/api/info'],
      ['POST', '/api/info'],
      ['POST', '/api/listSessions'],
      ['GET', '/api/events'],
      ['GET', '/../index.html'],
      ['GET', '/assets/../index.html'],
      ['GET', '/%2e%2e/index.html'],
    ];
    for (const [method, path] of facilitator) {
      const reply = await p.send(method!, path!, method === 'POST' ? { args: [] } : undefined, {
        [API_TOKEN_HEADER]: live.server.token,
      });
      expect(reply.status, `${method} ${path}`).toBe(404);
      expect(reply.text).not.toContain('FACILITATOR');
    }
  });

  it('never lets one session’s code reach another session', async () => {
    const one = (await call<{ id: string }>('createSession', { name: 'One' })).id;
    const first = await start(one);
    const p = phone(first);
    await p.join(first.code);
    await p.answer(first.code, words(['Only in A']));
    const second = await start(sessionB);
    expect(second.sessionId).toBe(sessionB);
    expect(second.code).not.toBe(first.code);
    // The old code is dead on the new listener.
    const q = phone(second);
    q.cookie = p.cookie;
    expect((await q.join(first.code)).status).toBe(403);
    expect((await q.exercise(first.code)).status).toBe(403);
    // The same phone with B's code sees B, and nothing of its answer in A.
    const joined = await q.join(second.code);
    expect(joined.body.value.exercise.title).toBe('B');
    expect(joined.body.value.answer).toBeNull();
    await q.answer(second.code, words(['Only in B']));
    const a = await call<{ session: { culture: { entries: { current: string[] }[] } } }>(
      'getSession',
      one,
    );
    const b = await call<{ session: { culture: { entries: { current: string[] }[] } } }>(
      'getSession',
      sessionB,
    );
    expect(a.session.culture.entries.map((e) => e.current)).toEqual([['Only in A']]);
    expect(b.session.culture.entries.map((e) => e.current)).toEqual([['Only in B']]);
  });

  it('stops when its session is deleted', async () => {
    const temporary = (await call<{ id: string }>('createSession', { name: 'Gone' })).id;
    const status = await start(temporary);
    await call('deleteSession', temporary);
    await expect.poll(() => call('liveStatus')).toBeNull();
    await expect(phone(status).join(status.code)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('push', () => {
  it('tells phones at once when the exercise closes or its questions change', async () => {
    const status = await start(sessionA);
    const p = phone(status);
    await p.join(status.code);
    const stream = await openEventStream(status.port, `/p/events?code=${status.code}`, {
      cookie: `${PHONE_COOKIE}=${p.cookie}`,
    });
    expect(stream.status).toBe(200);
    const exercise = (
      accept: (e: { open: boolean; culture: { questionCurrent: string } }) => boolean,
    ) => stream.next((event, data) => event === 'exercise' && accept(JSON.parse(data)));
    await exercise((e) => e.open);
    await call('liveSetOpen', false);
    await exercise((e) => !e.open);
    await call('execute', sessionA, {
      type: 'culture.setQuestions',
      current: 'How is it now?',
      desired: null,
    });
    await exercise((e) => e.culture.questionCurrent === 'How is it now?');
    stream.close();
  });

  it('refuses the facilitator’s event stream without the token', async () => {
    const host = new URL(live.server.url).host;
    const without = await openEventStream(live.server.port, '/api/events', { host });
    expect(without.status).toBe(403);
    without.close();
    const wrong = await openEventStream(live.server.port, '/api/events', {
      host,
      [API_TOKEN_HEADER]: 'f'.repeat(48),
    });
    expect(wrong.status).toBe(403);
    wrong.close();
  });

  it('tells the facilitator’s windows when a phone answers and when the counters move', async () => {
    const stream = await openEventStream(live.server.port, '/api/events', {
      [API_TOKEN_HEADER]: live.server.token,
    });
    expect(stream.status).toBe(200);
    const status = await start(sessionA);
    await stream.next((event, data) => event === 'live' && JSON.parse(data)?.code === status.code);
    const p = phone(status);
    await p.join(status.code);
    const answered = await p.answer(status.code, words(['Pushed']));
    expect(answered.status).toBe(200);
    const { updatedAt } = (await call<{ session: { updatedAt: string } }>('getSession', sessionA))
      .session;
    await stream.next(
      (event, data) =>
        event === 'session' &&
        JSON.parse(data).id === sessionA &&
        JSON.parse(data).updatedAt === updatedAt,
    );
    await stream.next((event, data) => event === 'live' && JSON.parse(data)?.answered === 1);
    await call('liveStop');
    await stream.next((event, data) => event === 'live' && data === 'null');
    stream.close();
  });
});
