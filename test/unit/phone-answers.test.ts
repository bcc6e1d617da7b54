import { describe, expect, it } from 'vitest';
import { phoneAnswerSchema, type PhoneAnswer } from '../../shared/live/protocol';
import { answerFromCommand, commandFromAnswer } from '../../renderer/src/phone/answers';
import { shortAddress } from '../../renderer/src/live/joinAddress';

const ANSWERS: PhoneAnswer[] = [
  { method: 'culture', group: 'g1', current: ['open', 'traag'], desired: ['snel'] },
  {
    method: 'kano',
    group: null,
    answers: { w1: { functional: 1, dysfunctional: 5, importance: 7 } },
  },
  {
    method: 'excellence',
    group: null,
    scores: {
      '1': { now: 6, target: 9, comment: 'ja' },
      '9': { now: null, target: 8, comment: '' },
    },
  },
];

describe('the phone page between the participant forms and the listener', () => {
  it('gives a form its stored answer as the command it builds, and takes the same answer back', () => {
    for (const answer of ANSWERS) {
      const command = commandFromAnswer(answer, 'own');
      const back = answerFromCommand(command);
      expect(back).toEqual(answer);
      // What the phone sends passes the listener's schema as it is.
      expect(phoneAnswerSchema.parse(back)).toEqual(answer);
    }
  });

  it('sends what a form hands in: culture boxes left empty stay in the answer for the server to drop', () => {
    const answer = answerFromCommand({
      type: 'culture.addEntry',
      entry: {
        id: 'x',
        participant: '',
        group: null,
        current: ['a', '', '', ''],
        desired: ['', '', '', 'b'],
      },
    });
    expect(answer).toEqual({
      method: 'culture',
      group: null,
      current: ['a', '', '', ''],
      desired: ['', '', '', 'b'],
    });
    expect(phoneAnswerSchema.safeParse(answer).success).toBe(true);
  });

  it('refuses to turn any other command into an answer', () => {
    expect(answerFromCommand({ type: 'culture.setRevealed', revealed: true })).toBeNull();
  });

  it('shows the address to type without scheme and code', () => {
    expect(
      shortAddress({
        name: 'Wi-Fi',
        address: '192.168.1.23',
        url: 'http://192.168.1.23:47470/j/ACDEFG',
      }),
    ).toBe('192.168.1.23:47470');
    expect(
      shortAddress({ name: 'en0', address: 'fd00::1', url: 'http://[fd00::1]:47470/j/ACDEFG' }),
    ).toBe('[fd00::1]:47470');
  });
});
