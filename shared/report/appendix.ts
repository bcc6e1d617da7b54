import { matchingKey } from '../culture/normalise';
import { buildVocabulary } from '../culture/vocabulary';
import { BLOCK_NUMBERS } from '../excellence/model';
import { classify } from '../kano/evaluation';
import type { KanoCategory } from '../kano/model';
import type { Session } from '../session';

/**
 * The raw data of the appendix. Rows are numbered instead of labelled: the report goes to the
 * management team, and participants answered anonymously.
 */
export interface CultureRow {
  number: number;
  group: string;
  /** A word the facilitator hid (or the swear-word filter caught) is null: it stays out of the report. */
  current: (string | null)[];
  desired: (string | null)[];
}

export interface KanoRow {
  number: number;
  group: string;
  /** Per wish in the session's order: the answer pair and its category, or null when unanswered. */
  answers: ({ functional: number; dysfunctional: number; category: KanoCategory } | null)[];
}

export interface ExcellenceRow {
  number: number;
  group: string;
  /** Per block 1–9. */
  scores: { now: number | null; target: number | null }[];
}

function groupNames(session: Session): (id: string | null) => string {
  const names = new Map(session.groups.map((g) => [g.id, g.name]));
  return (id) => (id === null ? '' : (names.get(id) ?? ''));
}

export function cultureRows(session: Session): CultureRow[] {
  const vocabulary = buildVocabulary(session.culture);
  const group = groupNames(session);
  const shown = (words: readonly string[]) =>
    words
      .filter((word) => matchingKey(word) !== '')
      .map((word) =>
        vocabulary.hiddenReason(vocabulary.resolve(matchingKey(word))) === null ? word : null,
      );
  return session.culture.entries.map((entry, index) => ({
    number: index + 1,
    group: group(entry.group),
    current: shown(entry.current),
    desired: shown(entry.desired),
  }));
}

export function kanoRows(session: Session): KanoRow[] {
  const group = groupNames(session);
  return session.kano.respondents
    .filter((r) => Object.keys(r.answers).length > 0)
    .map((respondent, index) => ({
      number: index + 1,
      group: group(respondent.group),
      answers: session.kano.wishes.map((wish) => {
        const answer = respondent.answers[wish.id];
        if (!answer) return null;
        const { functional, dysfunctional } = answer;
        return { functional, dysfunctional, category: classify(functional, dysfunctional) };
      }),
    }));
}

export function excellenceRows(session: Session): ExcellenceRow[] {
  const group = groupNames(session);
  return session.excellence.participants.map((participant, index) => ({
    number: index + 1,
    group: group(participant.group),
    scores: BLOCK_NUMBERS.map((block) => {
      const score = participant.scores[String(block)];
      return { now: score?.now ?? null, target: score?.target ?? null };
    }),
  }));
}
