import type {
  ConsensusCategory,
  KanoCategory,
  KanoData,
  KanoRespondent,
  KanoResponse,
  Wish,
} from './model';
import { classify } from './evaluation';
import {
  emptyCounts,
  fongSignificant,
  percentagesOf,
  rankCategories,
  satisfactionCoefficients,
  type CategoryCounts,
} from './categoryStats';
import { continuousAnalysis, type ContinuousResult } from './continuous';
import { mean } from './statistics';

/** The questionnaire result of one wish (docs/kano.md, aggregation per wish). */
export interface WishAnalysis {
  wish: Wish;
  /** Number of classified answer pairs. */
  n: number;
  counts: CategoryCounts;
  /** 0–100. */
  percentages: CategoryCounts;
  /** The most frequent category (tie rule M > O > A > I > R > Q); null without answers. */
  category: KanoCategory | null;
  /** The next most frequent category, if any answer falls in it. */
  runnerUp: KanoCategory | null;
  /** Fong's test on the two largest counts; false without answers. */
  significant: boolean;
  /** Top percentage − second percentage; null without answers. */
  categoryStrength: number | null;
  /** %A + %O + %M; null without answers. */
  totalStrength: number | null;
  better: number | null;
  worse: number | null;
  continuous: ContinuousResult;
  /** Mean self-stated importance 1–9; null when nobody gave one. */
  importance: number | null;
  /** The group's direct classification, kept apart from the questionnaire. */
  consensus: ConsensusCategory | null;
}

export interface KanoFilter {
  /** Only respondents of this group; all respondents when absent. */
  groupId?: string;
}

/** Results per wish, in the session's order of wishes. */
export function analyseKano(data: KanoData, filter: KanoFilter = {}): WishAnalysis[] {
  const answersByWish = new Map<string, KanoResponse[]>(data.wishes.map((w) => [w.id, []]));
  for (const respondent of data.respondents) {
    if (!matches(respondent, filter)) continue;
    for (const [wishId, response] of Object.entries(respondent.answers)) {
      answersByWish.get(wishId)?.push(response);
    }
  }
  return data.wishes.map((wish) =>
    analyseWish(wish, answersByWish.get(wish.id) ?? [], data.consensus[wish.id] ?? null),
  );
}

export function analyseWish(
  wish: Wish,
  answers: readonly KanoResponse[],
  consensus: ConsensusCategory | null,
): WishAnalysis {
  const counts = emptyCounts();
  const importances: number[] = [];
  for (const answer of answers) {
    counts[classify(answer.functional, answer.dysfunctional)] += 1;
    if (answer.importance !== null) importances.push(answer.importance);
  }
  const n = answers.length;
  const percentages = percentagesOf(counts);
  const [first, second] = rankCategories(counts) as [KanoCategory, KanoCategory];
  const hasAnswers = n > 0;
  return {
    wish,
    n,
    counts,
    percentages,
    category: hasAnswers ? first : null,
    runnerUp: counts[second] > 0 ? second : null,
    significant: fongSignificant(counts[first], counts[second], n),
    categoryStrength: hasAnswers ? percentages[first] - percentages[second] : null,
    totalStrength: hasAnswers ? percentages.A + percentages.O + percentages.M : null,
    ...satisfactionCoefficients(counts),
    continuous: continuousAnalysis(answers),
    importance: mean(importances),
    consensus,
  };
}

/**
 * How the result is written in the table: the category alone when Fong's test calls it
 * significant (or nothing competes with it), otherwise the mix of the top two, "A/O".
 */
export function categoryLabel(analysis: WishAnalysis): string {
  if (analysis.category === null) return '';
  if (analysis.significant || analysis.runnerUp === null) return analysis.category;
  return `${analysis.category}/${analysis.runnerUp}`;
}

/** Respondents who gave a Questionable or Reverse answer to a wish, to discuss with the group. */
export function flaggedAnswers(
  data: KanoData,
  wishId: string,
  filter: KanoFilter = {},
): { respondentId: string; category: 'Q' | 'R' }[] {
  const flagged: { respondentId: string; category: 'Q' | 'R' }[] = [];
  for (const respondent of data.respondents) {
    if (!matches(respondent, filter)) continue;
    const answer = respondent.answers[wishId];
    if (!answer) continue;
    const category = classify(answer.functional, answer.dysfunctional);
    if (category === 'Q' || category === 'R')
      flagged.push({ respondentId: respondent.id, category });
  }
  return flagged;
}

function matches(respondent: KanoRespondent, filter: KanoFilter): boolean {
  return filter.groupId === undefined || respondent.group === filter.groupId;
}
