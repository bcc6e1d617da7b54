import { describe, expect, it } from 'vitest';
import { apply, parseCommand, type Command } from '../../shared/commands';
import type { Session } from '../../shared/session';
import { entry, testSession } from '../fixtures/cultureSession';

function run(session: Session, ...commands: Command[]): Session {
  return commands.reduce(apply, session);
}

const withEntry = () =>
  run(testSession(), { type: 'culture.addEntry', entry: entry('p1', ['open'], ['snel']) });

describe('culture commands', () => {
  it('adds an entry with trimmed words and without empty slots', () => {
    const s = run(testSession(), {
      type: 'culture.addEntry',
      entry: { ...entry('p1', ['  open ', '', 'eerlijk'], ['   ']), participant: ' P1 ' },
    });
    expect(s.culture.entries).toEqual([
      { id: 'p1', participant: 'P1', group: null, current: ['open', 'eerlijk'], desired: [] },
    ]);
  });

  it('refuses an entry without words, a duplicate id and an unknown group', () => {
    const blank = entry('p2', ['', ' '], []);
    expect(() => run(testSession(), { type: 'culture.addEntry', entry: blank })).toThrow(
      /at least one word/,
    );
    const again = entry('p1', ['x'], []);
    expect(() => run(withEntry(), { type: 'culture.addEntry', entry: again })).toThrow(/already/);
    const lost = entry('p2', ['x'], [], 'nowhere');
    expect(() => run(testSession(), { type: 'culture.addEntry', entry: lost })).toThrow(/group/);
  });

  it('refuses more than four words per side at the schema', () => {
    const five = { type: 'culture.addEntry', entry: entry('p1', ['a', 'b', 'c', 'd', 'e'], []) };
    expect(() => parseCommand(five)).toThrow();
    expect(() =>
      parseCommand({ ...five, entry: entry('p1', ['a', 'b', 'c', 'd'], []) }),
    ).not.toThrow();
  });

  it('accepts a group of the session', () => {
    const s = run(
      testSession(),
      { type: 'session.addGroup', group: { id: 'g1', name: 'management' } },
      { type: 'culture.addEntry', entry: entry('p1', ['open'], [], 'g1') },
    );
    expect(s.culture.entries[0]?.group).toBe('g1');
  });

  it('updates and deletes entries', () => {
    const updated = run(withEntry(), {
      type: 'culture.updateEntry',
      entry: entry('p1', ['traag'], ['snel', 'open']),
    });
    expect(updated.culture.entries).toEqual([entry('p1', ['traag'], ['snel', 'open'])]);
    expect(run(updated, { type: 'culture.deleteEntry', id: 'p1' }).culture.entries).toEqual([]);
    expect(() => run(updated, { type: 'culture.deleteEntry', id: 'p9' })).toThrow(
      /no culture entry/,
    );
    expect(() =>
      run(updated, { type: 'culture.updateEntry', entry: entry('p9', ['x'], []) }),
    ).toThrow(/no culture entry/);
  });

  it('never changes the session it is given', () => {
    const before = withEntry();
    const copy = structuredClone(before);
    run(before, { type: 'culture.merge', from: 'open', into: 'snel' });
    expect(before).toEqual(copy);
  });

  it('stores merges as matching keys and refuses impossible ones', () => {
    const s = run(withEntry(), { type: 'culture.merge', from: 'Créatief!', into: 'KLANTGERICHT' });
    expect(s.culture.merges).toEqual([{ from: 'creatief', into: 'klantgericht' }]);
    expect(() => run(s, { type: 'culture.merge', from: 'creatief', into: 'open' })).toThrow(
      /already merged/,
    );
    expect(() => run(s, { type: 'culture.merge', from: 'klantgericht', into: 'Creatief' })).toThrow(
      /already merged/,
    );
    expect(() => run(s, { type: 'culture.merge', from: 'open', into: 'Open.' })).toThrow(/same/);
    expect(() => run(s, { type: 'culture.merge', from: '...', into: 'open' })).toThrow(/no word/);
  });

  it('refuses a merge that would close a chain into a cycle', () => {
    const s = run(
      withEntry(),
      { type: 'culture.merge', from: 'a', into: 'b' },
      { type: 'culture.merge', from: 'b', into: 'c' },
    );
    expect(() => run(s, { type: 'culture.merge', from: 'c', into: 'a' })).toThrow(/already merged/);
  });

  it('unmerges by removing the merge from the log', () => {
    const s = run(
      withEntry(),
      { type: 'culture.merge', from: 'a', into: 'b' },
      { type: 'culture.merge', from: 'b', into: 'c' },
      { type: 'culture.unmerge', from: 'A' },
    );
    expect(s.culture.merges).toEqual([{ from: 'b', into: 'c' }]);
    expect(() => run(s, { type: 'culture.unmerge', from: 'a' })).toThrow(/not merged/);
  });

  it('hides, tags and shows words by key, idempotently', () => {
    const s = run(
      withEntry(),
      { type: 'culture.setHidden', word: 'Tráag', hidden: true },
      { type: 'culture.setHidden', word: 'traag', hidden: true },
      { type: 'culture.setLimiting', word: 'Bureaucratisch', limiting: true },
      { type: 'culture.setShownDespiteFilter', word: 'Shit', shown: true },
      { type: 'culture.setProfanityFilter', on: false },
    );
    expect(s.culture).toMatchObject({
      hidden: ['traag'],
      limiting: ['bureaucratisch'],
      shownDespiteFilter: ['shit'],
      profanityFilter: false,
    });
    const undone = run(
      s,
      { type: 'culture.setHidden', word: 'traag', hidden: false },
      { type: 'culture.setLimiting', word: 'bureaucratisch', limiting: false },
    );
    expect(undone.culture).toMatchObject({ hidden: [], limiting: [] });
  });

  it('sets the question texts; an empty text means the default', () => {
    const command = { type: 'culture.setQuestions', current: ' Hoe is het nu? ', desired: '' };
    expect(run(testSession(), parseCommand(command)).culture).toMatchObject({
      questionCurrent: 'Hoe is het nu?',
      questionDesired: null,
    });
  });

  it('keeps words with HTML, emoji and right-to-left text exactly as typed', () => {
    const odd = ['<img src=x onerror=alert(1)>', '🚀 snel', 'مرحبا', 'x'.repeat(500)];
    const s = run(testSession(), { type: 'culture.addEntry', entry: entry('p1', odd, []) });
    expect(s.culture.entries[0]?.current).toEqual(odd);
    const tooLong = { type: 'culture.addEntry', entry: entry('p1', ['x'.repeat(501)], []) };
    expect(() => parseCommand(tooLong)).toThrow();
  });
});
