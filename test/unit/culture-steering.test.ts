import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apply, parseCommand, type Command } from '../../shared/commands';
import { analyseCulture } from '../../shared/culture/analysis';
import { cultureAnalysisJson } from '../../shared/culture/json';
import type { CoreValue } from '../../shared/culture/model';
import { analyseCultureResult, coreValueViews } from '../../shared/culture/result';
import { migrate } from '../../shared/migrations';
import { repeatSession } from '../../shared/repeat';
import { sessionSchema, type Session } from '../../shared/session';
import { SessionStore } from '../../main/store/sessionStore';
import { cultureData, entry, testSession, THREE_PARTICIPANTS } from '../fixtures/cultureSession';

function run(session: Session, ...commands: Command[]): Session {
  return commands.reduce(apply, session);
}

const withWords = () => ({ ...testSession(), culture: cultureData() });
const keys = (list: readonly { key: string }[]) => list.map((w) => w.key);

function value(id: string, changes: Partial<CoreValue> = {}): CoreValue {
  return { id, name: id, meaning: '', doing: [], notDoing: [], words: [], ...changes };
}

/*
 * THREE_PARTICIPANTS computed (see culture-analysis.test.ts): keep klantgericht (1+2),
 * creatief (1+1); let go bureaucratisch (3), traag (2); develop snel (3), open (2), wendbaar (1).
 */
describe('steering the from→to', () => {
  it('stores a move by matching key, replaces an earlier one and takes it back with null', () => {
    const moved = run(withWords(), { type: 'culture.moveWord', word: ' Traag! ', to: 'keep' });
    expect(moved.culture.steering).toEqual([{ key: 'traag', to: 'keep' }]);
    const again = run(moved, { type: 'culture.moveWord', word: 'traag', to: 'develop' });
    expect(again.culture.steering).toEqual([{ key: 'traag', to: 'develop' }]);
    const back = run(again, { type: 'culture.moveWord', word: 'TRAAG', to: null });
    expect(back.culture.steering).toEqual([]);
    expect(() => run(withWords(), { type: 'culture.moveWord', word: '...', to: 'keep' })).toThrow(
      /no word/,
    );
    expect(() => parseCommand({ type: 'culture.moveWord', word: 'open', to: 'later' })).toThrow();
  });

  it('equals the computed lists while nothing moved', () => {
    const a = analyseCulture(cultureData());
    expect(a.steered.moved).toEqual([]);
    expect(a.steered.keep).toEqual(a.keep);
    expect(keys(a.steered.letGo)).toEqual(keys(a.letGo));
    expect(keys(a.steered.develop)).toEqual(keys(a.develop));
    // Every list holds both counts: traag 2 current, 0 desired.
    expect(a.steered.letGo[1]).toEqual({ key: 'traag', word: 'traag', current: 2, desired: 0 });
  });

  it('moves words between lists and keeps each list in its own order', () => {
    const steering = [
      { key: 'traag', to: 'keep' as const },
      { key: 'creatief', to: 'develop' as const },
      { key: 'wendbaar', to: 'letGo' as const },
      { key: 'open', to: 'develop' as const }, // already there: no move
      { key: 'nergens', to: 'keep' as const }, // nobody's word: ignored
    ];
    const a = analyseCulture(cultureData({ steering }));
    // keep by current + desired: klantgericht 3, traag 2 + 0 = 2.
    expect(keys(a.steered.keep)).toEqual(['klantgericht', 'traag']);
    // let go by current mentions: bureaucratisch 3, wendbaar 0.
    expect(keys(a.steered.letGo)).toEqual(['bureaucratisch', 'wendbaar']);
    // develop by desired mentions: snel 3, open 2, creatief 1.
    expect(keys(a.steered.develop)).toEqual(['snel', 'open', 'creatief']);
    expect(a.steered.moved).toEqual([
      { key: 'traag', word: 'traag', from: 'letGo', to: 'keep' },
      { key: 'wendbaar', word: 'wendbaar', from: 'develop', to: 'letGo' },
      { key: 'creatief', word: 'créatief', from: 'keep', to: 'develop' },
    ]);
    // The computed lists stay exactly as they were.
    expect(keys(a.keep)).toEqual(['klantgericht', 'creatief']);
    expect(keys(a.letGo)).toEqual(['bureaucratisch', 'traag']);
  });

  it('ignores a move of a hidden word and applies moves within a group', () => {
    const hidden = analyseCulture(
      cultureData({ hidden: ['traag'], steering: [{ key: 'traag', to: 'keep' }] }),
    );
    expect(hidden.steered.moved).toEqual([]);
    expect(keys(hidden.steered.keep)).toEqual(['klantgericht', 'creatief']);
    const entries = [entry('p1', ['betrokken'], ['snel'], 'mt'), entry('p2', ['log'], ['snel'])];
    const steering = [{ key: 'betrokken', to: 'keep' as const }];
    const mt = analyseCulture(cultureData({ entries, steering }), { group: 'mt' });
    expect(keys(mt.steered.keep)).toEqual(['betrokken']);
    expect(mt.steered.letGo).toEqual([]);
  });
});

describe('core values', () => {
  it('adds a value with its words as matching keys, each once', () => {
    const s = run(withWords(), {
      type: 'culture.addCoreValue',
      value: value('v1', {
        name: 'Klantgericht',
        words: ['Klantgericht', 'klantgericht!', 'Snel'],
      }),
    });
    expect(s.culture.coreValues).toEqual([
      value('v1', { name: 'Klantgericht', words: ['klantgericht', 'snel'] }),
    ]);
  });

  it('updates, reorders and deletes values; refuses unknown ids, duplicates and a 13th', () => {
    const three = run(
      withWords(),
      { type: 'culture.addCoreValue', value: value('a') },
      { type: 'culture.addCoreValue', value: value('b') },
      { type: 'culture.addCoreValue', value: value('c') },
    );
    const updated = run(three, {
      type: 'culture.updateCoreValue',
      value: value('b', { meaning: 'We zeggen wat we doen.', doing: ['afspraak is afspraak'] }),
    });
    expect(updated.culture.coreValues[1]?.doing).toEqual(['afspraak is afspraak']);
    const ids = (s: Session) => s.culture.coreValues.map((v) => v.id);
    expect(ids(run(three, { type: 'culture.moveCoreValue', id: 'c', index: 0 }))).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(ids(run(three, { type: 'culture.moveCoreValue', id: 'a', index: 2 }))).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(ids(run(three, { type: 'culture.deleteCoreValue', id: 'b' }))).toEqual(['a', 'c']);
    expect(() => run(three, { type: 'culture.moveCoreValue', id: 'a', index: 3 })).toThrow(
      /past the last/,
    );
    expect(() => run(three, { type: 'culture.deleteCoreValue', id: 'x' })).toThrow(/no core/);
    expect(() => run(three, { type: 'culture.updateCoreValue', value: value('x') })).toThrow(
      /no core/,
    );
    expect(() => run(three, { type: 'culture.addCoreValue', value: value('a') })).toThrow(
      /already/,
    );
    const adds = Array.from({ length: 12 }, (_, i): Command => {
      return { type: 'culture.addCoreValue', value: value(`v${i}`) };
    });
    const twelve = run(withWords(), ...adds);
    expect(twelve.culture.coreValues).toHaveLength(12);
    expect(() => run(twelve, { type: 'culture.addCoreValue', value: value('v12') })).toThrow(
      /at most 12/,
    );
  });

  it('refuses over-long texts and more than six behaviours at the schema', () => {
    const add = (changes: Partial<CoreValue>) => () =>
      parseCommand({ type: 'culture.addCoreValue', value: value('v', changes) });
    expect(add({ name: 'x'.repeat(80), meaning: 'x'.repeat(400) })).not.toThrow();
    expect(add({ name: 'x'.repeat(81) })).toThrow();
    expect(add({ meaning: 'x'.repeat(401) })).toThrow();
    expect(add({ doing: Array.from({ length: 7 }, () => 'x') })).toThrow();
    expect(add({ notDoing: ['x'.repeat(201)] })).toThrow();
  });

  it('shows the words of a value after merges, each once', () => {
    const data = cultureData({
      merges: [{ from: 'wendbaar', into: 'snel' }],
      coreValues: [value('v1', { words: ['wendbaar', 'snel', 'klantgericht'] })],
    });
    expect(coreValueViews(data)[0]?.words).toEqual([
      { key: 'snel', word: 'snel' },
      { key: 'klantgericht', word: 'klantgericht' },
    ]);
  });
});

describe('dismissed suggestions', () => {
  it('remembers a dismissed pair once, by matching keys', () => {
    const once = run(withWords(), {
      type: 'culture.dismissSuggestion',
      from: 'Regels',
      into: 'REGIO',
    });
    const twice = run(once, { type: 'culture.dismissSuggestion', from: 'regels', into: 'regio' });
    expect(twice.culture.dismissedSuggestions).toEqual([{ from: 'regels', into: 'regio' }]);
    expect(() =>
      run(withWords(), { type: 'culture.dismissSuggestion', from: 'open', into: 'Open' }),
    ).toThrow(/same word/);
  });
});

describe('culture result JSON', () => {
  it('adds steered lists only when a word moved, with suggestions and core values', () => {
    const session = { ...testSession(), culture: cultureData() };
    const plain = cultureAnalysisJson(analyseCultureResult(session, {}));
    expect('steered' in plain).toBe(false);
    expect(plain.suggestedMerges).toEqual([]);
    expect(plain.coreValues).toEqual([]);
    expect(plain.keep).toEqual(['klantgericht', 'créatief']);

    const steered = run(
      session,
      { type: 'culture.moveWord', word: 'traag', to: 'keep' },
      { type: 'culture.addEntry', entry: entry('p4', ['klantgerichtheid'], []) },
      {
        type: 'culture.addCoreValue',
        value: value('v1', { name: 'Voor de klant', doing: ['bellen'], words: ['klantgericht'] }),
      },
    );
    const json = cultureAnalysisJson(analyseCultureResult(steered, {}));
    expect(Object.keys(json)).toEqual([
      'participants',
      'current',
      'desired',
      'keep',
      'letGo',
      'develop',
      'overlapShare',
      'cosine',
      'steered',
      'suggestedMerges',
      'coreValues',
    ]);
    // The computed lists stay; steered moves traag (2 current) behind klantgericht (1+2).
    expect(json.letGo).toEqual(['bureaucratisch', 'traag', 'klantgerichtheid']);
    expect(json.steered).toEqual({
      keep: ['klantgericht', 'créatief', 'traag'],
      letGo: ['bureaucratisch', 'klantgerichtheid'],
      develop: ['snel', 'open', 'wendbaar'],
    });
    expect(json.suggestedMerges).toEqual([{ from: 'klantgerichtheid', into: 'klantgericht' }]);
    expect(json.coreValues).toEqual([
      {
        name: 'Voor de klant',
        meaning: '',
        doing: ['bellen'],
        notDoing: [],
        words: ['klantgericht'],
      },
    ]);
  });
});

describe('older session files', () => {
  it('load without steering, core values or dismissed suggestions', () => {
    // A schemaVersion 1 file as written before these fields existed.
    const old = {
      schemaVersion: 1,
      id: 'old',
      name: 'Oud',
      date: '2026-01-15',
      createdAt: '2026-01-15T10:00:00.000Z',
      updatedAt: '2026-01-15T10:00:00.000Z',
      culture: { entries: THREE_PARTICIPANTS, merges: [{ from: 'wendbaar', into: 'snel' }] },
    };
    const session = sessionSchema.parse(migrate(JSON.parse(JSON.stringify(old))));
    expect(session.culture.steering).toEqual([]);
    expect(session.culture.coreValues).toEqual([]);
    expect(session.culture.dismissedSuggestions).toEqual([]);
    expect(analyseCulture(session.culture).steered.moved).toEqual([]);
  });
});

describe('repeating the workshop', () => {
  it('keeps the moves, core values and dismissed suggestions, not the entries', () => {
    const source = run(
      withWords(),
      { type: 'culture.moveWord', word: 'traag', to: 'keep' },
      { type: 'culture.addCoreValue', value: value('v1', { words: ['snel'] }) },
      { type: 'culture.dismissSuggestion', from: 'regels', into: 'regio' },
    );
    const repeat = repeatSession(source, 'r1', new Date('2026-06-01T09:00:00Z')).culture;
    expect(repeat.entries).toEqual([]);
    expect(repeat.steering).toEqual([{ key: 'traag', to: 'keep' }]);
    expect(repeat.coreValues).toEqual([value('v1', { words: ['snel'] })]);
    expect(repeat.dismissedSuggestions).toEqual([{ from: 'regels', into: 'regio' }]);
  });
});

describe('undo', () => {
  it('takes back a move, a core value and a dismissal one by one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-steering-'));
    try {
      const store = await SessionStore.open(dir);
      const { id } = await store.create({ name: 'Workshop' });
      await store.execute(id, { type: 'culture.addEntry', entry: entry('p1', ['traag'], []) });
      await store.execute(id, { type: 'culture.moveWord', word: 'traag', to: 'keep' });
      await store.execute(id, { type: 'culture.addCoreValue', value: value('v1') });
      await store.execute(id, { type: 'culture.dismissSuggestion', from: 'a b', into: 'c d' });
      expect((await store.undo(id)).session.culture.dismissedSuggestions).toEqual([]);
      expect((await store.undo(id)).session.culture.coreValues).toEqual([]);
      const undone = (await store.undo(id)).session.culture;
      expect(undone.steering).toEqual([]);
      expect(undone.entries).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
