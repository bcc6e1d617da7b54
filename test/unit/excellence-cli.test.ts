import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../../main/cli/types';
import { SessionStore } from '../../main/store/sessionStore';
import { cliCommand } from '../fixtures/cli';

let dir: string;
let store: SessionStore;
let printed: string[];
const ctx: CliContext = {
  store: async () => store,
  print: (line) => printed.push(line),
};

function command(path: string) {
  return cliCommand(path);
}

async function csvFile(text: string): Promise<string> {
  const file = join(dir, 'scores.csv');
  await writeFile(file, text, 'utf8');
  return file;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'klantkompas-excellence-'));
  store = await SessionStore.open(join(dir, 'data'));
  printed = [];
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const CSV = [
  'participant;group;block;now;target',
  'P1;MT;1;7;9',
  'P2;MT;1;4;8',
  'P3;Team;1;6,5;',
  'P1;MT;2;8;8',
].join('\n');

describe('analyse excellence --json', () => {
  it('prints the stable JSON in block order, rounded to three decimals', async () => {
    await command('analyse excellence').run(ctx, [await csvFile(CSV)], { json: true });
    expect(printed).toHaveLength(1);
    const json = JSON.parse(printed[0]!);
    expect(json.blocks.map((b: { block: number }) => b.block)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Block 1 now 7 4 6.5: mean 17.5/3 = 5.833, median 6.5, squares 1.3611+3.3611+0.4444 = 5.1667,
    // /2 = 2.5833, sd 1.607; targets 9 8: mean 8.5, sd 0.707; gap 8.5 − 5.8333 = 2.667; range 3.
    expect(json.blocks[0]).toEqual({
      block: 1,
      n: 3,
      now: { mean: 5.833, median: 6.5, min: 4, max: 7, sd: 1.607 },
      target: { mean: 8.5, median: 8.5, min: 8, max: 9, sd: 0.707 },
      gap: 2.667,
      wideSpread: false,
    });
    expect(json.blocks[1]).toEqual({
      block: 2,
      n: 1,
      now: { mean: 8, median: 8, min: 8, max: 8, sd: null },
      target: { mean: 8, median: 8, min: 8, max: 8, sd: null },
      gap: 0,
      wideSpread: false,
    });
    expect(json.blocks[2]).toEqual({
      block: 3,
      n: 0,
      now: { mean: null, median: null, min: null, max: null, sd: null },
      target: { mean: null, median: null, min: null, max: null, sd: null },
      gap: null,
      wideSpread: false,
    });
  });

  it('refuses a bad file with line numbers', async () => {
    const file = await csvFile('participant,block,now,target\nP1,12,7,8\nP1,1,7,11');
    await expect(command('analyse excellence').run(ctx, [file], { json: true })).rejects.toThrow(
      // The CLI writes its error as one line: the problems follow each other.
      /Line 2: building block "12" does not exist.* Line 3: the value "11"/,
    );
  });
});

describe('import excellence --session', () => {
  it('imports into a stored session and analyses it from there', async () => {
    const { id } = await store.create({ name: 'MT-sessie' });
    await command('import excellence').run(ctx, [await csvFile(CSV)], { session: id });
    expect(printed).toEqual([
      'Session "MT-sessie": 3 participants imported. New groups: MT, Team.',
    ]);
    const session = await store.get(id);
    expect(session.groups.map((g) => g.name)).toEqual(['MT', 'Team']);
    expect(session.excellence.participants).toHaveLength(3);

    printed = [];
    await command('analyse excellence').run(ctx, [], { session: id, json: true });
    expect(JSON.parse(printed[0]!).blocks[0].now.mean).toBe(5.833);
  });

  it('changes nothing when the file has a problem', async () => {
    const { id } = await store.create({ name: 'MT-sessie' });
    const file = await csvFile(`${CSV}\nP1;MT;1;8;9`);
    await expect(command('import excellence').run(ctx, [file], { session: id })).rejects.toThrow(
      /Line 6: participant "P1" already has marks for building block 1 on line 2/,
    );
    expect((await store.get(id)).excellence.participants).toEqual([]);
  });
});
