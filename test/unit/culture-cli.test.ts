import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../main/cli/types';
import { SessionStore } from '../../main/store/sessionStore';
import { cliCommand } from '../fixtures/cli';

async function analyse(args: string[], values: Record<string, string | boolean>) {
  const lines: string[] = [];
  const ctx: CliContext = {
    store: () => Promise.reject(new Error('no store in this test')),
    print: (line) => lines.push(line),
  };
  await cliCommand('analyse culture').run(ctx, args, values);
  return lines;
}

describe('culture CLI', () => {
  /*
   * resources/samples/culture-nl.csv by hand:
   * Spellings tie 1–1 for traag, vakkundig, creatief, betrokken: the first seen wins, reading
   * row by row, current before desired ("Traag", "Vakkundig", "Creatief" in row 1, "Betrokken").
   * current: afwachtend 2 (g2, g3), Traag 2 (g1, g3), Vakkundig 2 (g1, g2),
   *          Betrokken 1, bureaucratisch 1, Creatief 1, Klantgericht 1.  Total 10.
   * desired: Klantgericht 2 ("Klantgericht" ×3 beats "klantgericht" ×1), open 2, Snel 2,
   *          Betrokken 1, Creatief 1, eerlijk 1, wendbaar 1.  Total 10.
   * Desired words also current: Klantgericht 2 + betrokken 1 + creatief 1 = 4 → overlap 0.4.
   * cosine: c·d = klantgericht 1·2 + betrokken 1·1 + creatief 1·1 = 4; |c|² = 3·4 + 4·1 = 16;
   *         |d|² = 3·4 + 4·1 = 16 → 4 / 16 = 0.25.
   */
  it('prints the stable JSON for a file', async () => {
    const [line, ...rest] = await analyse(['resources/samples/culture-nl.csv'], { json: true });
    expect(rest).toEqual([]);
    const json = JSON.parse(line ?? '');
    expect(json).toEqual({
      participants: 3,
      current: [
        { word: 'afwachtend', count: 2 },
        { word: 'Traag', count: 2 },
        { word: 'Vakkundig', count: 2 },
        { word: 'Betrokken', count: 1 },
        { word: 'bureaucratisch', count: 1 },
        { word: 'Creatief', count: 1 },
        { word: 'Klantgericht', count: 1 },
      ],
      desired: [
        { word: 'Klantgericht', count: 2 },
        { word: 'open', count: 2 },
        { word: 'Snel', count: 2 },
        { word: 'Betrokken', count: 1 },
        { word: 'Creatief', count: 1 },
        { word: 'eerlijk', count: 1 },
        { word: 'wendbaar', count: 1 },
      ],
      keep: ['Klantgericht', 'Betrokken', 'Creatief'],
      letGo: ['afwachtend', 'Traag', 'Vakkundig', 'bureaucratisch'],
      develop: ['open', 'Snel', 'eerlijk', 'wendbaar'],
      overlapShare: 0.4,
      cosine: 0.25,
    });
  });

  it('filters a file by group and prints a table without --json', async () => {
    const lines = await analyse(['resources/samples/culture.csv'], { group: 'Management' });
    expect(lines[0]).toBe('Participants: 3');
    expect(lines.join('\n')).toMatch(/Overlap share: .*%/);
  });

  it('refuses a bad file with the line number', async () => {
    await expect(analyse(['test/unit/culture-cli.test.ts'], { json: true })).rejects.toThrow(
      /Line 1: unknown column/,
    );
    await expect(analyse([], {})).rejects.toThrow(/either one FILE.csv or --session/);
  });
});

describe('culture CLI with a session store', () => {
  it('imports a file into a session and analyses the session after curation', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-culture-'));
    const store = await SessionStore.open(dir);
    const { id } = await store.create({ name: 'Workshop' });
    const lines: string[] = [];
    const ctx: CliContext = { store: async () => store, print: (line) => lines.push(line) };
    const command = (path: string) => cliCommand(path);

    await command('import culture')?.run(ctx, ['resources/samples/culture.csv'], { session: id });
    expect(lines).toEqual([
      'Session "Workshop": 8 participants imported. New groups: management, medewerkers.',
    ]);

    await store.executeMany(id, [
      { type: 'culture.merge', from: 'klantgerichtheid', into: 'klantgericht' },
      { type: 'culture.setLimiting', word: 'bureaucratisch', limiting: true },
    ]);
    lines.length = 0;
    await command('analyse culture')?.run(ctx, [], { session: id, json: true });
    const json = JSON.parse(lines[0] ?? '');
    // klantgericht: P1..P8 all; P3's "klantgerichtheid" is merged in → 8.
    expect(json.desired[0]).toEqual({ word: 'klantgericht', count: 8 });
    // bureaucratisch P1, P4, P5, P7 = 4 of 31 current mentions (8 × 4 − P6's empty slot).
    expect(json.entropy).toBeCloseTo(400 / 31, 10);
    await rm(dir, { recursive: true, force: true });
  });
});
