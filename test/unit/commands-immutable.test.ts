import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apply, commandSchema, type Command } from '../../shared/commands';
import { deepFreeze } from '../../shared/readonly';
import { sessionSchema, type Session } from '../../shared/session';
import { freezesSessions } from '../../main/store/freezeBeforeApply';
import { SessionStore } from '../../main/store/sessionStore';
import { validateChange } from '../../main/store/validateChange';
import { HIDDEN_WORD, MERGED_WORD, reportSession } from '../fixtures/reportSession';

// The store's validation, its JSON reuse and undo all take an unchanged reference to mean
// unchanged content. This runs every command type against a deeply frozen session: an in-place
// change throws a TypeError here instead of writing stale text to disk.

type CommandType = Command['type'];
type Example<T extends CommandType> = Extract<Command, { type: T }>;

/** A workshop with something in every part a command can touch. */
function fullSession(): Session {
  const base = reportSession({ participants: 6, id: 'immutable' });
  return sessionSchema.parse({
    ...base,
    culture: {
      ...base.culture,
      questionCurrent: 'Hoe is het nu?',
      shownDespiteFilter: ['kut'],
      steering: [{ key: 'traag', to: 'keep' }],
      coreValues: [coreValue('v1'), coreValue('v2')],
    },
    kano: { ...base.kano, consensus: { w0: 'M', w4: 'A' } },
    excellence: {
      ...base.excellence,
      previous: {
        sessionName: 'Klantreis 2025',
        date: '2025-11-20',
        blocks: [{ block: 1, n: 5, meanNow: 5.5 }],
      },
    },
    report: { ...base.report, sections: ['cover', 'culture', 'kano'], language: 'en' },
  });
}

const entry = (id: string, group: string | null) => ({
  id,
  participant: 'Deelnemer 7',
  group,
  current: ['traag', 'degelijk'],
  desired: ['snel'],
});

const coreValue = (id: string) => ({
  id,
  name: 'Samen',
  meaning: 'We doen het samen.',
  doing: ['elkaar helpen'],
  notDoing: ['eilandjes'],
  words: ['samenwerking'],
});

/** At least one example per command type; more where a command has an "on" and an "off" path. */
const EXAMPLES: { [T in CommandType]: readonly [Example<T>, ...Example<T>[]] } = {
  'session.rename': [{ type: 'session.rename', name: 'Klantreis 2027' }],
  'session.updateSettings': [
    { type: 'session.updateSettings', organisation: 'Waterbedrijf Zuid', language: 'en' },
  ],
  'session.addGroup': [{ type: 'session.addGroup', group: { id: 'klanten', name: 'Klanten' } }],
  'session.renameGroup': [{ type: 'session.renameGroup', id: 'management', name: 'Directie' }],
  'session.removeGroup': [{ type: 'session.removeGroup', id: 'management' }],
  'culture.setRevealed': [{ type: 'culture.setRevealed', revealed: true }],
  'culture.setQuestions': [
    { type: 'culture.setQuestions', current: null, desired: 'Hoe wil je het hebben?' },
  ],
  'culture.addEntry': [{ type: 'culture.addEntry', entry: entry('c-new', 'medewerkers') }],
  'culture.updateEntry': [{ type: 'culture.updateEntry', entry: entry('c1', null) }],
  'culture.deleteEntry': [{ type: 'culture.deleteEntry', id: 'c2' }],
  'culture.merge': [{ type: 'culture.merge', from: 'Traag', into: 'afwachtend' }],
  'culture.unmerge': [{ type: 'culture.unmerge', from: MERGED_WORD }],
  'culture.setHidden': [
    { type: 'culture.setHidden', word: 'Saai', hidden: true },
    { type: 'culture.setHidden', word: HIDDEN_WORD, hidden: false },
  ],
  'culture.setLimiting': [
    { type: 'culture.setLimiting', word: 'traag', limiting: true },
    { type: 'culture.setLimiting', word: 'bureaucratisch', limiting: false },
  ],
  'culture.setProfanityFilter': [{ type: 'culture.setProfanityFilter', on: false }],
  'culture.setShownDespiteFilter': [
    { type: 'culture.setShownDespiteFilter', word: 'shit', shown: true },
    { type: 'culture.setShownDespiteFilter', word: 'kut', shown: false },
  ],
  'culture.moveWord': [
    { type: 'culture.moveWord', word: 'degelijk', to: 'letGo' },
    { type: 'culture.moveWord', word: 'traag', to: null },
  ],
  'culture.addCoreValue': [{ type: 'culture.addCoreValue', value: coreValue('v3') }],
  'culture.updateCoreValue': [
    { type: 'culture.updateCoreValue', value: { ...coreValue('v1'), words: ['snel'] } },
  ],
  'culture.deleteCoreValue': [{ type: 'culture.deleteCoreValue', id: 'v2' }],
  'culture.moveCoreValue': [{ type: 'culture.moveCoreValue', id: 'v2', index: 0 }],
  'culture.dismissSuggestion': [
    { type: 'culture.dismissSuggestion', from: 'regels', into: 'regel' },
  ],
  'kano.setRevealed': [{ type: 'kano.setRevealed', revealed: true }],
  'kano.addWishes': [
    {
      type: 'kano.addWishes',
      wishes: [
        { id: 'w-new-1', name: 'Chat op de website', description: '' },
        { id: 'w-new-2', name: 'Monteur belt vooraf', description: 'Een half uur van tevoren' },
      ],
    },
  ],
  'kano.updateWish': [
    { type: 'kano.updateWish', id: 'w1', name: 'Bereikbaar tot 21.00 uur', description: 'Ook za' },
    { type: 'kano.updateWish', id: 'w2', questionFunctional: 'Stel: het kan.' },
  ],
  'kano.moveWish': [{ type: 'kano.moveWish', id: 'w5', index: 0 }],
  'kano.removeWish': [{ type: 'kano.removeWish', id: 'w0' }],
  'kano.addRespondent': [
    {
      type: 'kano.addRespondent',
      respondent: {
        id: 'k-new',
        label: 'Kiosk 1',
        group: 'management',
        answers: { w2: { functional: 1, dysfunctional: 3, importance: 7 } },
      },
    },
  ],
  'kano.updateRespondent': [{ type: 'kano.updateRespondent', id: 'k1', label: 'Jan', group: null }],
  'kano.removeRespondent': [{ type: 'kano.removeRespondent', id: 'k2' }],
  'kano.setAnswer': [
    {
      type: 'kano.setAnswer',
      respondentId: 'k3',
      wishId: 'w3',
      functional: 4,
      dysfunctional: 4,
      importance: null,
    },
  ],
  'kano.clearAnswer': [{ type: 'kano.clearAnswer', respondentId: 'k0', wishId: 'w6' }],
  'kano.setConsensus': [{ type: 'kano.setConsensus', wishId: 'w2', category: 'O' }],
  'kano.clearConsensus': [{ type: 'kano.clearConsensus', wishId: 'w4' }],
  'excellence.setRevealed': [{ type: 'excellence.setRevealed', revealed: true }],
  'excellence.addParticipant': [
    {
      type: 'excellence.addParticipant',
      participant: {
        id: 'e-new',
        label: 'Kiosk 2',
        group: 'medewerkers',
        scores: { '3': { now: 6.5, target: 8, comment: 'Meer overleg' } },
      },
    },
  ],
  'excellence.updateParticipant': [
    { type: 'excellence.updateParticipant', id: 'e1', label: 'Piet', group: 'management' },
  ],
  'excellence.removeParticipant': [{ type: 'excellence.removeParticipant', id: 'e4' }],
  'excellence.setScore': [
    { type: 'excellence.setScore', participant: 'e0', block: 2, now: 9, comment: 'Goed' },
    // Clearing every mark of a block drops the block (the participant's other path).
    { type: 'excellence.setScore', participant: 'e0', block: 5, now: null, target: null },
  ],
  'excellence.addAction': [
    {
      type: 'excellence.addAction',
      action: {
        id: 'a-new',
        block: 9,
        what: 'Resultaten delen',
        who: 'MT',
        when: 'mei',
        status: 'doing',
      },
    },
  ],
  'excellence.updateAction': [{ type: 'excellence.updateAction', id: 'a1', status: 'done' }],
  'excellence.removeAction': [{ type: 'excellence.removeAction', id: 'a3' }],
  'report.updateSettings': [
    {
      type: 'report.updateSettings',
      sections: ['cover', 'summary', 'excellence'],
      language: null,
      conclusions: 'Eerst het klantpanel.',
    },
  ],
};

/** The command types of the union itself, not of this file's table. */
function commandTypes(): string[] {
  return commandSchema.options.map((option) => option.shape.type.value);
}

const cases = Object.values(EXAMPLES)
  .flat()
  .map((command: Command) => [command.type, command] as const);

describe('commands never change the session they are given', () => {
  it('has an example of every command type, and only of command types', () => {
    const types = commandTypes();
    expect(types.length).toBeGreaterThan(30);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...types].sort());
  });

  // One frozen session for all cases: a case that changed it would throw, not leak.
  const input = deepFreeze(fullSession());
  const copy = structuredClone(input);

  it.each(cases)('%s (case %#) leaves the frozen session as it was', (_, command) => {
    const output = apply(input, deepFreeze(command));
    expect(output).not.toBe(input);
    expect(output).not.toEqual(input);
    expect(input).toStrictEqual(copy);
    // The example is a realistic change: the store would accept it.
    validateChange(sessionSchema, input, output);
  });

  it('the freeze catches an in-place change (so the test above can fail)', () => {
    const sneaky = (session: Session) => {
      (session.kano.respondents[0]!.answers as Record<string, unknown>)['w0'] = null;
      return session;
    };
    expect(() => sneaky(input)).toThrow(TypeError);
    expect(() => (input.groups as unknown[]).push({ id: 'x', name: 'X' })).toThrow(TypeError);
  });

  it('the store freezes a session before it applies a command to it (under Vitest)', async () => {
    expect(freezesSessions()).toBe(true);
    const store = await SessionStore.open(await mkdtemp(join(tmpdir(), 'klantkompas-frozen-')));
    const { id } = await store.create({ name: 'Bevroren' });
    const { session } = await store.execute(id, { type: 'session.rename', name: 'Ontdooid' });
    // The groups were not changed, so they are the very array frozen before the rename.
    expect(Object.isFrozen(session.groups)).toBe(true);
    expect(Object.isFrozen(session.culture.entries)).toBe(true);
  });
});
