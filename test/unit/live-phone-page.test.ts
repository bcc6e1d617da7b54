import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_LIVE_LIMITS } from '../../main/live/liveExercise';
import { phonePageWith } from '../../main/live/phonePage';
import { newAnswerId } from '../../renderer/src/participant/answerId';
import { keysNamedIn } from '../../scripts/phoneBuild';
import type { LiveStatus } from '../../shared/api';
import { PHONE_PAGE_DATA_ID } from '../../shared/live/protocol';
import { useLiveServer } from '../fixtures/liveServer';
import { Phone } from '../fixtures/livePhone';

const PAGE_HTML = '<html><head></head><body><div id="root"></div></body></html>';

interface PageData {
  ok: boolean;
  value?: { exercise: { title: string }; answer: unknown };
  error?: { code: string };
}

/** The data block of a served phone page, parsed as the phone parses it. */
function dataIn(html: string): PageData | null {
  const match = new RegExp(
    `<script type="application/json" id="${PHONE_PAGE_DATA_ID}">(.*?)</script>`,
  ).exec(html);
  return match ? (JSON.parse(match[1]!) as PageData) : null;
}

describe('the phone page with its data (main/live/phonePage.ts)', () => {
  const page = { type: 'text/html', body: Buffer.from(PAGE_HTML), gzip: null };

  it('writes what joining would answer into the page, before </body>, also gzipped', () => {
    const data = { ok: true as const, value: { exercise: { title: 'A' } as never, answer: null } };
    const served = phonePageWith(page, data);
    const html = served.body.toString('utf8');
    expect(html.endsWith('</body></html>')).toBe(true);
    expect(html.indexOf(PHONE_PAGE_DATA_ID)).toBeGreaterThan(html.indexOf('id="root"'));
    expect(dataIn(html)).toEqual(data);
    expect(gunzipSync(served.gzip!).equals(served.body)).toBe(true);
  });

  it('keeps participant text from ending or breaking the element', () => {
    const title = 'Kaas </script><script>alert(1)</script> <!-- \u2028 & "quotes"';
    const served = phonePageWith(page, {
      ok: true,
      value: { exercise: { title } as never, answer: null },
    });
    const html = served.body.toString('utf8');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    expect(dataIn(html)?.value?.exercise.title).toBe(title);
  });
});

describe('the message keys the phone build keeps (scripts/phoneBuild.ts)', () => {
  const keys = ['live.phone.join', 'kano.answer.1', 'kano.answer.2', 'kano.title', 'home.title'];

  it('keeps keys named whole and every key under a quoted start, nothing else', () => {
    const code = [
      't(`live.phone.join`)',
      't(`kano.answer.${answer}`)',
      "t('unknown.key')",
      '"home.titles"',
    ].join(';');
    expect([...keysNamedIn(code, keys)].sort()).toEqual([
      'kano.answer.1',
      'kano.answer.2',
      'live.phone.join',
    ]);
    expect(keysNamedIn('"kano." + part', keys)).toEqual(
      new Set(['kano.answer.1', 'kano.answer.2', 'kano.title']),
    );
  });
});

describe('a participant answer id', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a version 4 UUID also where crypto.randomUUID is missing (plain http on a phone)', () => {
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => bytes.fill(0xff) });
    expect(newAnswerId()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    vi.unstubAllGlobals();
    expect(newAnswerId()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('GET /j/CODE on the participant listener', () => {
  const { call } = useLiveServer({
    'index.html': '<html><body>FACILITATOR</body></html>',
    'phone.html': PAGE_HTML,
  });
  let sessionId: string;

  beforeAll(async () => {
    sessionId = (await call<{ id: string }>('createSession', { name: 'Kaas</b>', language: 'en' }))
      .id;
  });

  const start = () =>
    call<LiveStatus>('liveStart', sessionId, 'culture', { port: 0, host: '127.0.0.1' });

  it('carries the exercise, without joining: no cookie, nobody counted', async () => {
    const status = await start();
    const phone = new Phone({ port: status.port });
    const page = await phone.send('GET', `/j/${status.code.toLowerCase()}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(dataIn(page.text)).toMatchObject({
      ok: true,
      value: { exercise: { method: 'culture', title: 'Kaas</b>', open: true }, answer: null },
    });
    expect((await call<LiveStatus>('liveStatus')).joined).toBe(0);
    // The page at / has no code, so no data.
    expect(dataIn((await phone.send('GET', '/')).text)).toBeNull();
  });

  it("carries a joined phone's own answer, from its cookie", async () => {
    const status = await start();
    const phone = new Phone({ port: status.port });
    await phone.join(status.code);
    const answer = { method: 'culture', group: null, current: ['Warm'], desired: [] };
    expect((await phone.answer(status.code, answer)).status).toBe(200);
    const page = await phone.send('GET', `/j/${status.code}`);
    expect(dataIn(page.text)?.value?.answer).toEqual(answer);
    expect(
      dataIn((await new Phone({ port: status.port }).send('GET', `/j/${status.code}`)).text),
    ).toMatchObject({ ok: true, value: { answer: null } });
  });

  it('refuses a wrong code in the page, and counts it against the address like a join', async () => {
    const status = await start();
    const wrong = status.code === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA';
    const guesser = new Phone({ port: status.port, localAddress: '127.0.0.4' });
    const refusals: (string | undefined)[] = [];
    for (let i = 0; i < DEFAULT_LIVE_LIMITS.wrongCodesPerAddressPerMinute + 1; i++) {
      const page = await guesser.send('GET', `/j/${wrong}`);
      expect(page.status).toBe(200);
      refusals.push(dataIn(page.text)?.error?.code);
    }
    expect(refusals.at(0)).toBe('wrongCode');
    expect(refusals.at(-1)).toBe('rateLimited');
    expect((await guesser.join(status.code)).status).toBe(429);
  });
});
