import { analyseCulture, type CultureAnalysis } from '../culture/analysis';
import type { BlockAnalysis } from '../excellence/analysis';
import type { BlockNumber } from '../excellence/blocks';
import type { ExcellenceAction } from '../excellence/model';
import { excellenceResults, type ExcellenceResults } from '../excellence/results';
import { analyseKano, type WishAnalysis } from '../kano/analysis';
import type { KanoCategory } from '../kano/model';
import type { Session } from '../session';
import { methodsWithData } from './content';

/** How many words, wishes and blocks the one-page summary names. */
export const SUMMARY_WORDS = 5;
export const SUMMARY_WISHES = 3;
export const SUMMARY_ACTIONS = 6;

export interface WishHighlight {
  name: string;
  /** Share (0–100) of the answers in this category; null when the team classified it by consensus. */
  share: number | null;
}

export interface BlockFigures {
  block: BlockNumber;
  now: number | null;
  target: number | null;
  gap: number | null;
}

/**
 * The two links between the methods the report spells out: the Kano results inform building
 * block 1 (understanding customer needs), the culture map informs block 4 (culture).
 */
export interface KanoLink {
  block: BlockFigures | null;
  /** Wishes per category, questionnaire result or else consensus. */
  counts: Record<'M' | 'O' | 'A', number>;
}

export interface CultureLink {
  block: BlockFigures | null;
  develop: string[];
  letGo: string[];
}

export interface ReportSummary {
  culture: {
    current: string[];
    desired: string[];
    /** 0..1, see CultureAnalysis. */
    overlapShare: number;
    cosine: number;
  } | null;
  mustBe: WishHighlight[];
  attractive: WishHighlight[];
  largestGaps: BlockFigures[];
  actions: ExcellenceAction[];
  /** Actions beyond the ones the summary lists. */
  moreActions: number;
  kanoLink: KanoLink | null;
  cultureLink: CultureLink | null;
}

/** The category a wish is reported in: the questionnaire's, else the team's consensus. */
export function reportedCategory(analysis: WishAnalysis): KanoCategory | null {
  return analysis.n > 0 ? analysis.category : analysis.consensus;
}

function highlights(analyses: readonly WishAnalysis[], category: KanoCategory): WishHighlight[] {
  return analyses
    .filter((a) => reportedCategory(a) === category)
    .map((a) => ({ name: a.wish.name, share: a.n > 0 ? a.percentages[category] : null }))
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1))
    .slice(0, SUMMARY_WISHES);
}

function figures(block: BlockAnalysis): BlockFigures {
  return { block: block.block, now: block.now.mean, target: block.target.mean, gap: block.gap };
}

function words(list: readonly { word: string }[], count = SUMMARY_WORDS): string[] {
  return list.slice(0, count).map((w) => w.word);
}

function cultureFigures(cloud: CultureAnalysis): ReportSummary['culture'] {
  return {
    current: words(cloud.current),
    desired: words(cloud.desired),
    overlapShare: cloud.overlapShare,
    cosine: cloud.cosine,
  };
}

function categoryCounts(analyses: readonly WishAnalysis[]): KanoLink['counts'] {
  const counts = { M: 0, O: 0, A: 0 };
  for (const analysis of analyses) {
    const category = reportedCategory(analysis);
    if (category === 'M' || category === 'O' || category === 'A') counts[category] += 1;
  }
  return counts;
}

/** The analyses a summary is made of; a caller that has some already passes them. */
export interface SummaryAnalyses {
  cloud: CultureAnalysis;
  wishes: readonly WishAnalysis[];
  excellence: ExcellenceResults;
}

/** The headline figures of the one-page summary; a method without data contributes nothing. */
export function reportSummary(
  session: Session,
  analyses: Partial<SummaryAnalyses> = {},
): ReportSummary {
  const cloud = analyses.cloud ?? analyseCulture(session.culture);
  const data = methodsWithData(session, cloud);
  const wishes = analyses.wishes ?? analyseKano(session.kano);
  const excellence = analyses.excellence ?? excellenceResults(session);
  const block = (number: BlockNumber): BlockFigures | null => {
    const found = excellence.blocks[number - 1];
    return data.excellence && found && found.n > 0 ? figures(found) : null;
  };
  const actions = [...session.excellence.actions].sort((a, b) => a.block - b.block);
  return {
    culture: data.culture ? cultureFigures(cloud) : null,
    mustBe: data.kano ? highlights(wishes, 'M') : [],
    attractive: data.kano ? highlights(wishes, 'A') : [],
    largestGaps: data.excellence
      ? excellence.candidates.map((n) => figures(excellence.blocks[n - 1]!))
      : [],
    actions: actions.slice(0, SUMMARY_ACTIONS),
    moreActions: Math.max(0, actions.length - SUMMARY_ACTIONS),
    kanoLink: data.kano ? { block: block(1), counts: categoryCounts(wishes) } : null,
    // The lists as the facilitator steered them: a word moved to "keep" is never told to go.
    cultureLink: data.culture
      ? {
          block: block(4),
          develop: words(cloud.steered.develop, 3),
          letGo: words(cloud.steered.letGo, 3),
        }
      : null,
  };
}
