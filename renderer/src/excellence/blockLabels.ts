import { blockShortNameKey, EXCELLENCE_BLOCKS } from '../../../shared/excellence/blocks';
import type { Translate } from '../i18n';

/** "3. Leiderschap": the radar's axis labels and the short names in lists. */
export function blockLabels(t: Translate): string[] {
  return EXCELLENCE_BLOCKS.map(({ block }) => `${block}. ${t(blockShortNameKey(block))}`);
}
