import type { Session } from '../session';
import { analyseCulture, type AnalysisOptions, type CultureAnalysis } from './analysis';
import type { CoreValue, CultureData } from './model';
import { suggestMerges, type MergeSuggestion } from './suggestions';
import { buildVocabulary } from './vocabulary';

/** A core value with the words it came from as they are shown (after merges), each once. */
export interface CoreValueView {
  id: string;
  name: string;
  meaning: string;
  doing: readonly string[];
  notDoing: readonly string[];
  words: { key: string; word: string }[];
}

/** What `analyse culture` prints: the analysis, the open merge suggestions, the core values. */
export interface CultureResult extends CultureAnalysis {
  suggestedMerges: MergeSuggestion[];
  coreValues: CoreValueView[];
}

/** The core values of the data with their words shown; a word merged away shows its target. */
export function coreValueViews(data: CultureData): CoreValueView[] {
  const vocabulary = buildVocabulary(data);
  const view = (value: CoreValue): CoreValueView => {
    const keys = [...new Set(value.words.map(vocabulary.resolve))];
    return { ...value, words: keys.map((key) => ({ key, word: vocabulary.spelling(key) })) };
  };
  return data.coreValues.map(view);
}

export function analyseCultureResult(session: Session, options: AnalysisOptions): CultureResult {
  const analysis = analyseCulture(session.culture, options);
  return {
    ...analysis,
    suggestedMerges: suggestMerges(session.culture, analysis, session.language),
    coreValues: coreValueViews(session.culture),
  };
}
