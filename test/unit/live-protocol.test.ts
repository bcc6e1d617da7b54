import { describe, expect, it } from 'vitest';
import { apply, type Command } from '../../shared/commands';
import { MAX_WORD } from '../../shared/culture/model';
import { answerCommands, phoneAnswerOf } from '../../shared/live/answers';
import { phoneExerciseOf } from '../../shared/live/exercise';
import {
  formatJoinCode,
  JOIN_CODE_ALPHABET,
  newJoinCode,
  normaliseJoinCode,
} from '../../shared/live/joinCode';
import { phoneAnswerSchema, type PhoneAnswer } from '../../shared/live/protocol';
import { appEventMessage, createSseParser, parseAppEvent } from '../../shared/live/sse';
import { newSession, type Session } from '../../shared/session';
import { seededRandom } from '../fixtures/seededRandom';

function session(): Session {
  let s = newSession('s1', { name: 'Workshop', language: 'en' }, new Date('2026-03-02T09:00:00Z'));
  const commands: Command[] = [
    { type: 'session.addGroup', group: { id: 'g1', name: 'Sales' } },
    {
      type: 'kano.addWishes',
      wishes: [
        { id: 'w1', name: 'Fast delivery', description: '' },
        { id: 'w2', name: 'Free returns', description: 'Within 30 days' },
      ],
    },
    {
      type: 'culture.addEntry',
      entry: { id: 'other', participant: 'P1', group: null, current: ['secret'], desired: ['x'] },
    },
  ];
  for (const command of commands) s = apply(s, command);
  return s;
}

function run(s: Session, commands: Command[]): Session {
  return commands.reduce(apply, s);
}

describe('join codes', () => {
  it('has no look-alikes in its alphabet', () => {
    for (const sign of '0O1IL2Z5S8B') expect(JOIN_CODE_ALPHABET).not.toContain(sign);
  });

  it('makes codes of six signs of the alphabet', () => {
    const random = seededRandom(7);
    const randomInt = (max: number) => Math.floor(random() * max);
    const codes = Array.from({ length: 200 }, () => newJoinCode(randomInt));
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(new Set(codes).size).toBeGreaterThan(195);
  });

  it('reads a code as typed, or says it cannot be one', () => {
    expect(normaliseJoinCode(' acd-efg ')).toBe('ACDEFG');
    expect(normaliseJoinCode('ACD EFG')).toBe('ACDEFG');
    expect(normaliseJoinCode('ACDEF')).toBeNull(); // too short
    expect(normaliseJoinCode('ACDEF0')).toBeNull(); // a look-alike
    expect(normaliseJoinCode('A'.repeat(13))).toBeNull();
    expect(formatJoinCode('ACDEFG')).toBe('ACD EFG');
  });
});

describe('phone answers', () => {
  const valid = (answer: unknown) => phoneAnswerSchema.safeParse(answer).success;

  it('takes the same limits as the model', () => {
    const culture = { method: 'culture', group: null, current: ['a'], desired: [] };
    expect(valid(culture)).toBe(true);
    expect(valid({ ...culture, current: ['a', 'b', 'c', 'd', 'e'] })).toBe(false);
    expect(valid({ ...culture, current: ['x'.repeat(MAX_WORD + 1)] })).toBe(false);
    expect(valid({ ...culture, participant: 'someone else' })).toBe(false);
    const excellence = { method: 'excellence', group: null, scores: { 1: { now: 7, target: 9 } } };
    expect(valid(excellence)).toBe(true);
    expect(valid({ ...excellence, scores: { 1: { now: 11, target: 9 } } })).toBe(false);
    expect(valid({ ...excellence, scores: { 10: { now: 5, target: 9 } } })).toBe(false);
    const kano = {
      method: 'kano',
      group: null,
      answers: { w1: { functional: 1, dysfunctional: 5 } },
    };
    expect(valid(kano)).toBe(true);
    expect(valid({ ...kano, answers: { w1: { functional: 6, dysfunctional: 5 } } })).toBe(false);
  });

  it('adds a participant once, then changes that same participant', () => {
    const first: PhoneAnswer = {
      method: 'culture',
      group: 'g1',
      current: ['Slow'],
      desired: ['Fast'],
    };
    let s = run(session(), answerCommands(session(), first, 'phone-a'));
    expect(s.culture.entries).toHaveLength(2);
    const second: PhoneAnswer = { ...first, current: ['Careful', 'Kind'] };
    s = run(s, answerCommands(s, second, 'phone-a'));
    expect(s.culture.entries).toHaveLength(2);
    expect(phoneAnswerOf(s, 'culture', 'phone-a')).toEqual({
      method: 'culture',
      group: 'g1',
      current: ['Careful', 'Kind'],
      desired: ['Fast'],
    });
    // Someone else's answer is never the phone's.
    expect(phoneAnswerOf(s, 'culture', 'phone-b')).toBeNull();
  });

  it('changes Kano answers and Excellence scores in place, clearing what the phone cleared', () => {
    const base = session();
    const kano: PhoneAnswer = {
      method: 'kano',
      group: null,
      answers: {
        w1: { functional: 1, dysfunctional: 5, importance: 9 },
        w2: { functional: 2, dysfunctional: 4, importance: null },
      },
    };
    let s = run(base, answerCommands(base, kano, 'phone-a'));
    const fewer: PhoneAnswer = {
      ...kano,
      answers: { w2: { functional: 3, dysfunctional: 3, importance: 5 } },
    };
    s = run(s, answerCommands(s, fewer, 'phone-a'));
    expect(s.kano.respondents).toHaveLength(1);
    expect(phoneAnswerOf(s, 'kano', 'phone-a')).toEqual(fewer);

    const scores: PhoneAnswer = {
      method: 'excellence',
      group: 'g1',
      scores: { 1: { now: 6, target: 8, comment: '' }, 9: { now: 5, target: 9, comment: 'ok' } },
    };
    s = run(s, answerCommands(s, scores, 'phone-a'));
    const changed: PhoneAnswer = {
      method: 'excellence',
      group: null,
      scores: { 1: { now: 7, target: 8, comment: '' } },
    };
    s = run(s, answerCommands(s, changed, 'phone-a'));
    expect(s.excellence.participants).toHaveLength(1);
    expect(phoneAnswerOf(s, 'excellence', 'phone-a')).toEqual(changed);
  });

  it('refuses an answer to a wish or group the session does not have', () => {
    const base = session();
    const unknownWish: PhoneAnswer = {
      method: 'kano',
      group: null,
      answers: { nope: { functional: 1, dysfunctional: 5, importance: null } },
    };
    expect(() => run(base, answerCommands(base, unknownWish, 'phone-a'))).toThrow(/no wish/);
    const unknownGroup: PhoneAnswer = {
      method: 'culture',
      group: 'g9',
      current: ['a'],
      desired: [],
    };
    expect(() => run(base, answerCommands(base, unknownGroup, 'phone-a'))).toThrow(/no group/);
  });
});

describe('what a phone sees', () => {
  it('is the exercise, never anybody’s answers', () => {
    const s = session();
    const culture = phoneExerciseOf(s, 'culture', true);
    expect(culture.culture?.questionCurrent).toBeTruthy();
    expect(JSON.stringify(culture)).not.toContain('secret');
    const kano = phoneExerciseOf(s, 'kano', false);
    expect(kano.open).toBe(false);
    expect(kano.kano?.wishes.map((w) => w.id)).toEqual(['w1', 'w2']);
    expect(kano.groups).toEqual([{ id: 'g1', name: 'Sales' }]);
  });
});

describe('server-sent events', () => {
  it('parses messages split anywhere, and the app events both ways', () => {
    const got: [string, string][] = [];
    const feed = createSseParser((event, data) => got.push([event, data]));
    const text =
      ': hello\n\n' +
      appEventMessage({ type: 'session', id: 's1', updatedAt: '2026-03-02T09:00:00.000Z' }) +
      appEventMessage({ type: 'live', status: null });
    for (let i = 0; i < text.length; i += 7) feed(text.slice(i, i + 7));
    expect(got.map(([event, data]) => parseAppEvent(event, data))).toEqual([
      { type: 'session', id: 's1', updatedAt: '2026-03-02T09:00:00.000Z' },
      { type: 'live', status: null },
    ]);
  });
});
