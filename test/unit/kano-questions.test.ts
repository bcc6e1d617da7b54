import { describe, expect, it } from 'vitest';
import { apply, parseCommand } from '../../shared/commands';
import { kanoQuestions } from '../../shared/kano/questions';
import { phoneExerciseOf } from '../../shared/live/exercise';
import { phoneExerciseSchema } from '../../shared/live/protocol';
import { sessionSchema, newSession, type Session } from '../../shared/session';

const wish = (name: string) => ({ name });

describe('the default Kano questions', () => {
  it('read right for a noun phrase, in Dutch and English', () => {
    expect(kanoQuestions(wish('Vaste contactpersoon'), 'nl')).toEqual({
      functional: 'Vaste contactpersoon: wat vind je ervan als dit er is?',
      dysfunctional: 'Vaste contactpersoon: wat vind je ervan als dit er NIET is?',
    });
    expect(kanoQuestions(wish('Fixed contact person'), 'en')).toEqual({
      functional: 'Fixed contact person: how do you feel if this is there?',
      dysfunctional: 'Fixed contact person: how do you feel if this is NOT there?',
    });
  });

  it('read right for a verb phrase, in Dutch and English', () => {
    expect(kanoQuestions(wish('Online afspraak maken'), 'nl').functional).toBe(
      'Online afspraak maken: wat vind je ervan als dit er is?',
    );
    expect(kanoQuestions(wish('Terugbellen binnen 24 uur'), 'nl').dysfunctional).toBe(
      'Terugbellen binnen 24 uur: wat vind je ervan als dit er NIET is?',
    );
    expect(kanoQuestions(wish('Book an appointment online'), 'en').dysfunctional).toBe(
      'Book an appointment online: how do you feel if this is NOT there?',
    );
  });

  it("keep the wish's own capitals, and start the sentence with a capital", () => {
    expect(kanoQuestions(wish('Inloggen met DigiD'), 'nl').functional).toMatch(
      /^Inloggen met DigiD:/,
    );
    expect(kanoQuestions(wish('chat met KLM'), 'nl').functional).toMatch(/^Chat met KLM:/);
    expect(kanoQuestions(wish('iPhone-app'), 'nl').functional).toMatch(/^iPhone-app:/);
    expect(kanoQuestions(wish('eHerkenning'), 'en').functional).toMatch(/^eHerkenning:/);
  });

  it("drop the wish's own full stop or question mark before the colon", () => {
    expect(kanoQuestions(wish('Sneller antwoord.'), 'nl').functional).toBe(
      'Sneller antwoord: wat vind je ervan als dit er is?',
    );
    expect(kanoQuestions(wish('Kan ik online betalen? '), 'nl').functional).toMatch(
      /^Kan ik online betalen: /,
    );
  });
});

function kanoSession(): Session {
  const base = newSession('s1', { name: 'Kano' }, new Date('2026-03-01T10:00:00Z'));
  return apply(
    base,
    parseCommand({
      type: 'kano.addWishes',
      wishes: [{ id: 'w1', name: 'Online afspraak maken', description: '' }],
    }),
  );
}

describe("the facilitator's own question pair", () => {
  it('is stored per wish by kano.updateWish and replaces the default, side by side', () => {
    const s = apply(
      kanoSession(),
      parseCommand({
        type: 'kano.updateWish',
        id: 'w1',
        questionFunctional: '  Als je online een afspraak kunt maken, wat vind je daarvan? ',
      }),
    );
    const stored = s.kano.wishes[0]!;
    expect(stored.questionFunctional).toBe(
      'Als je online een afspraak kunt maken, wat vind je daarvan?',
    );
    expect(kanoQuestions(stored, 'nl')).toEqual({
      functional: 'Als je online een afspraak kunt maken, wat vind je daarvan?',
      dysfunctional: 'Online afspraak maken: wat vind je ervan als dit er NIET is?',
    });
    // The session stays valid, and the name and description are left alone.
    expect(sessionSchema.safeParse(s).success).toBe(true);
    expect(stored.name).toBe('Online afspraak maken');
  });

  it('goes back to the default when emptied or set to null', () => {
    const own = apply(
      kanoSession(),
      parseCommand({
        type: 'kano.updateWish',
        id: 'w1',
        questionFunctional: 'Eigen vraag?',
        questionDysfunctional: 'Eigen vraag zonder?',
      }),
    );
    const reset = apply(
      own,
      parseCommand({
        type: 'kano.updateWish',
        id: 'w1',
        questionFunctional: '   ',
        questionDysfunctional: null,
      }),
    );
    expect(reset.kano.wishes[0]!.questionFunctional).toBeNull();
    expect(reset.kano.wishes[0]!.questionDysfunctional).toBeNull();
    expect(kanoQuestions(reset.kano.wishes[0]!, 'en').functional).toBe(
      'Online afspraak maken: how do you feel if this is there?',
    );
  });

  it('reaches the phone, which asks the same function', () => {
    const s = apply(
      kanoSession(),
      parseCommand({ type: 'kano.updateWish', id: 'w1', questionDysfunctional: 'Zonder?' }),
    );
    const exercise = phoneExerciseSchema.parse(phoneExerciseOf(s, 'kano', true));
    const onPhone = exercise.kano!.wishes[0]!;
    expect(kanoQuestions(onPhone, exercise.language)).toEqual(
      kanoQuestions(s.kano.wishes[0]!, 'nl'),
    );
    expect(kanoQuestions(onPhone, 'nl').dysfunctional).toBe('Zonder?');
  });

  it('loads from a file written before wishes had questions', () => {
    const s = kanoSession();
    const old = JSON.parse(JSON.stringify(s)) as Session;
    const parsed = sessionSchema.parse(old);
    expect(kanoQuestions(parsed.kano.wishes[0]!, 'nl').functional).toBe(
      'Online afspraak maken: wat vind je ervan als dit er is?',
    );
  });
});
