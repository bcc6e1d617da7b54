import { translate } from '../i18n';
import type { Language } from '../session';
import type { Wish } from './model';

/**
 * The wish as the start of a sentence: a first lower-case letter becomes a capital, unless the
 * wish is written like a name that starts small ("iPhone-app", "eHerkenning"); every other
 * letter stays as the facilitator wrote it.
 */
function sentenceStart(name: string): string {
  if (!/^\p{Ll}/u.test(name) || /^.\p{Lu}/u.test(name)) return name;
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

/** The two Kano questions of one wish, as every screen and the PDF show them. */
export interface KanoQuestions {
  functional: string;
  dysfunctional: string;
}

/**
 * A wish's question pair: the facilitator's own phrasing, or the default of the session's
 * language. The defaults put the wish first, as a label before a colon ("Online afspraak maken:
 * wat vind je ervan als dit er is?"), so they read right whether the wish is a noun phrase or a
 * verb phrase, and the wish keeps its own capitals (names, abbreviations) where a sentence
 * starts with a capital anyway; docs/kano.md says why. The participant page, the phone page,
 * the entry grid and the PDF appendix all ask this function.
 */
export function kanoQuestions(
  wish: Pick<Wish, 'name' | 'questionFunctional' | 'questionDysfunctional'>,
  language: Language,
): KanoQuestions {
  // A wish typed as a sentence ("Sneller antwoord." or "Kan ik online betalen?") would put its
  // own stop before the colon.
  const name = sentenceStart(wish.name.trim().replace(/[.;:,!?]+$/, ''));
  return {
    functional:
      wish.questionFunctional ?? translate(language, 'kano.question.functional', { wish: name }),
    dysfunctional:
      wish.questionDysfunctional ??
      translate(language, 'kano.question.dysfunctional', { wish: name }),
  };
}
