import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../main/cli/types';
import { SessionStore } from '../../main/store/sessionStore';
import { cliCommand } from '../fixtures/cli';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'klantkompas-kano-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function cli(store?: SessionStore) {
  const lines: string[] = [];
  const ctx: CliContext = {
    store: () => (store ? Promise.resolve(store) : Promise.reject(new Error('no store'))),
    print: (line) => lines.push(line),
  };
  const run = async (path: string, args: string[], values: Record<string, string | boolean>) => {
    await cliCommand(path).run(ctx, args, values);
  };
  return { lines, run };
}

const close = (value: number) => expect.closeTo(value, 10);

describe('analyse kano FILE.csv --json', () => {
  /*
   * By hand:
   * Parking: (Expect, Dislike) M, (2, 5) M, (1, 5) O → n 3, M 2, O 1, category M.
   *   Better = (0+1)/3 = 1/3; Worse = −(1+2)/3 = −1.
   *   Fong: a 2, b 1, n 3: 1.65·√(3·3/6) = 2.02 > 1 → not significant.
   *   x: Dislike 4, 4, 4 → 4, sd 0.  y: Expect 2, 2, Like 4 → 8/3, sd √((4/9+4/9+16/9)/2) = √(4/3).
   *   x ≥ 2, y ≥ 2 → O.  Importance (9 + 6)/2 = 7.5.
   * Coffee: (1, 3) A, (5, 5) Q → A 1, Q 1: tie, A before Q. Better 1/1 = 1, Worse −0/1 = 0.
   *   Fong: |1 − 1| = 0 < 1.65 → not significant.
   *   x: Neutral 0, Dislike 4 → 2, sd √8.  y: Like 4, Dislike −2 → 1, sd √18.  x ≥ 2, y < 2 → M.
   *   No importance → null.
   * Wishes in the order they first appear: Parking, then Coffee.
   */
  it('prints the stable JSON', async () => {
    const file = join(dir, 'small.csv');
    await writeFile(
      file,
      [
        'respondent,group,wish,functional,dysfunctional,importance',
        '1,Team,Parking,Expect,Dislike,9',
        '2,Team,Parking,2,5,',
        '1,Team,Coffee,1,3,',
        '3,,Parking,1,5,6',
        '2,Team,Coffee,5,5,',
      ].join('\n'),
    );
    const { lines, run } = cli();
    await run('analyse kano', [file], { json: true });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      wishes: [
        {
          wish: 'Parking',
          n: 3,
          counts: { A: 0, O: 1, M: 2, I: 0, R: 0, Q: 0 },
          category: 'M',
          better: close(1 / 3),
          worse: -1,
          significant: false,
          continuous: {
            x: 4,
            y: close(8 / 3),
            sdX: 0,
            sdY: close(Math.sqrt(4 / 3)),
            category: 'O',
          },
          importance: 7.5,
        },
        {
          wish: 'Coffee',
          n: 2,
          counts: { A: 1, O: 0, M: 0, I: 0, R: 0, Q: 1 },
          category: 'A',
          better: 1,
          worse: 0,
          significant: false,
          continuous: {
            x: 2,
            y: 1,
            sdX: close(Math.sqrt(8)),
            sdY: close(Math.sqrt(18)),
            category: 'M',
          },
          importance: null,
        },
      ],
    });
  });

  it('prints a table without --json, filtered by group', async () => {
    const { lines, run } = cli();
    await run('analyse kano', ['resources/samples/kano.csv'], { group: 'dealers' });
    expect(lines[0]).toMatch(/^WISH\s+n\s+A\s+O\s+M\s+I\s+R\s+Q\s+CAT/);
    expect(lines[1]).toMatch(/^Clear price before the repair\s+4\s/);
  });

  it('refuses wrong input', async () => {
    const { run } = cli();
    await expect(run('analyse kano', [], {})).rejects.toThrow(/either one FILE.csv or --session/);
    await expect(run('analyse kano', [join(dir, 'none.csv')], {})).rejects.toThrow(/no file/);
    const bad = join(dir, 'bad.csv');
    await writeFile(bad, 'respondent,wish,functional,dysfunctional\nA,Parking,7,1\n');
    await expect(run('analyse kano', [bad], { json: true })).rejects.toThrow(
      /Line 2: "7" in the column "functional" is not an answer/,
    );
    await expect(
      run('analyse kano', ['resources/samples/kano.csv'], { group: 'Nobody' }),
    ).rejects.toThrow(/no group "Nobody"/);
  });
});

describe('import kano FILE.csv --session ID', () => {
  it('imports into a stored session, tells about replaced rows, and analyses the session', async () => {
    const store = await SessionStore.open(join(dir, 'data'));
    const { id } = await store.create({ name: 'Garage' });
    const { lines, run } = cli(store);
    await run('import kano', ['resources/samples/kano.csv'], { session: id });
    expect(lines).toEqual([
      'Session "Garage": 12 participants imported. 60 answers, 5 new wishes. New groups: Customers, Dealers.',
    ]);

    const twice = join(dir, 'twice.csv');
    await writeFile(
      twice,
      'respondent,wish,functional,dysfunctional\nX,Loyalty card,1,3\nX,loyalty card,3,3\n',
    );
    lines.length = 0;
    await run('import kano', [twice], { session: id });
    expect(lines).toEqual([
      'Line 3: participant "X" already answered "loyalty card" on line 2; this line replaces it.',
      'Session "Garage": 1 participant imported. 1 answer, 0 new wishes.',
    ]);

    lines.length = 0;
    await run('analyse kano', [], { session: id, json: true });
    const json = JSON.parse(lines[0] ?? '');
    expect(json.wishes.map((w: { wish: string }) => w.wish)).toEqual([
      'Clear price before the repair',
      'Book an appointment online',
      'Coffee while you wait',
      'Loyalty card',
      'Phone call when the car is ready',
    ]);
    expect(json.wishes[3].n).toBe(13);
    expect(json.wishes[0].n).toBe(12);
  });
});
