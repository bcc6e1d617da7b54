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
   * resources/samples/culture-nl.csv by hand. Shown spelling: lower case unless every mention
   * had a capital; only "Creatief" (row 1) and "Créatief" (row 2) are both capitalised, and
   * they tie 1–1, so the first seen, "Creatief", is shown.
   * current: afwachtend 2 (g2, g3), traag 2 (g1, g3), vakkundig 2 (g1, g2),
   *          betrokken 1, bureaucratisch 1, Creatief 1, klantgericht 1.  Total 10.
   * desired: klantgericht 2, open 2, snel 2, betrokken 1, Creatief 1, eerlijk 1, wendbaar 1.
   * Desired words also current: klantgericht 2 + betrokken 1 + creatief 1 = 4 → overlap 0.4.
   * cosine: c·d = klantgericht 1·2 + betrokken 1·1 + creatief 1·1 = 4; |c|² = 3·4 + 4·1 = 16;
   *         |d|² = 3·4 + 4·1 = 16 → 4 / 16 = 0.25.
   * No two words share a stem or are a typo apart: no suggestions.
   */
  it('prints the stable JSON for a file', async () => {
    const [line, ...rest] = await analyse(['resources/samples/culture-nl.csv'], { json: true });
    expect(rest).toEqual([]);
    const json = JSON.parse(line ?? '');
    expect(json).toEqual({
      participants: 3,
      current: [
        { word: 'afwachtend', count: 2 },
        { word: 'traag', count: 2 },
        { word: 'vakkundig', count: 2 },
        { word: 'betrokken', count: 1 },
        { word: 'bureaucratisch', count: 1 },
        { word: 'Creatief', count: 1 },
        { word: 'klantgericht', count: 1 },
      ],
      desired: [
        { word: 'klantgericht', count: 2 },
        { word: 'open', count: 2 },
        { word: 'snel', count: 2 },
        { word: 'betrokken', count: 1 },
        { word: 'Creatief', count: 1 },
        { word: 'eerlijk', count: 1 },
        { word: 'wendbaar', count: 1 },
      ],
      keep: ['klantgericht', 'betrokken', 'Creatief'],
      letGo: ['afwachtend', 'traag', 'vakkundig', 'bureaucratisch'],
      develop: ['open', 'snel', 'eerlijk', 'wendbaar'],
      overlapShare: 0.4,
      cosine: 0.25,
      suggestedMerges: [],
      coreValues: [],
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
    expect('steered' in json).toBe(false);

    await store.executeMany(id, [
      { type: 'culture.moveWord', word: 'bureaucratisch', to: 'develop' },
      {
        type: 'culture.addCoreValue',
        value: {
          id: 'v1',
          name: 'De klant voorop',
          meaning: 'We kijken met de ogen van de klant.',
          doing: ['terugbellen binnen een dag'],
          notDoing: ['van het kastje naar de muur'],
          words: ['klantgericht'],
        },
      },
    ]);
    lines.length = 0;
    await command('analyse culture')?.run(ctx, [], { session: id, json: true });
    const steered = JSON.parse(lines[0] ?? '');
    expect(steered.letGo).toContain('bureaucratisch');
    expect(steered.steered.letGo).not.toContain('bureaucratisch');
    expect(steered.steered.develop).toContain('bureaucratisch');
    expect(steered.coreValues[0].words).toEqual(['klantgericht']);

    lines.length = 0;
    await command('analyse culture')?.run(ctx, [], { session: id });
    const table = lines.join('\n');
    expect(table).toContain('After the facilitator moved words:');
    expect(table).toContain('bureaucratisch (let go → develop)');
    expect(table).toMatch(/CORE VALUES\n1\. De klant voorop: We kijken met de ogen van de klant\./);
    expect(table).toContain('   + terugbellen binnen een dag');
    expect(table).toContain('   - van het kastje naar de muur');
    expect(table).toContain('   words: klantgericht');
    await rm(dir, { recursive: true, force: true });
  });
});
