import type { CultureAnalysis, KeptWord } from '../../../shared/culture/analysis';
import type { CultureList } from '../../../shared/culture/model';
import type { MessageKey } from '../../../shared/i18n';

/** The three lists of the from→to, in the order they are shown: from the past to the future. */
export const LISTS: readonly CultureList[] = ['letGo', 'keep', 'develop'];
export type ListName = CultureList;

/** The heading of each list, and its name inside a sentence ("betrokken: loslaten → behouden"). */
export const LIST_TITLE: Record<ListName, MessageKey> = {
  letGo: 'culture.fromTo.letGo',
  keep: 'culture.fromTo.keep',
  develop: 'culture.fromTo.develop',
};
export const LIST_NAME: Record<ListName, MessageKey> = {
  letGo: 'culture.list.letGo',
  keep: 'culture.list.keep',
  develop: 'culture.list.develop',
};

/** The list each word was computed into, before the facilitator moved anything. */
export function computedLists(analysis: CultureAnalysis): Map<string, ListName> {
  const lists = new Map<string, ListName>();
  for (const name of LISTS) for (const word of analysis[name]) lists.set(word.key, name);
  return lists;
}

/** Where each moved word came from (its computed list), by key. */
export function movedFrom(analysis: CultureAnalysis): Map<string, ListName> {
  return new Map(analysis.steered.moved.map((move) => [move.key, move.from]));
}

/**
 * The move command for dropping `key` into `to`: back to the computed list is `null`, so the
 * stored steering only ever holds real moves.
 */
export function moveCommand(key: string, to: ListName, computed: ListName | undefined) {
  return { type: 'culture.moveWord' as const, word: key, to: computed === to ? null : to };
}

/** The count shown beside a word: the side it belongs to, or both when that side is not obvious. */
export function countsOf(
  word: KeptWord,
  list: ListName,
  moved: boolean,
): { single: number } | { current: number; desired: number } {
  if (list === 'keep' || moved) return { current: word.current, desired: word.desired };
  return { single: list === 'letGo' ? word.current : word.desired };
}
