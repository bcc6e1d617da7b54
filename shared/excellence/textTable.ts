import { translate } from '../i18n';
import { actionCandidates, rankByGap, type BlockAnalysis } from './analysis';
import { blockShortNameKey } from './blocks';
import type { SeriesStats } from './stats';

const FIGURES = ['mean', 'median', 'min', 'max', 'sd'] as const;

function cell(value: number | null): string {
  return (value === null ? '—' : value.toFixed(1)).padStart(7);
}

/** `analyse excellence` without --json: a plain table for people at a terminal. */
export function excellenceTextTable(blocks: readonly BlockAnalysis[]): string[] {
  const candidates = actionCandidates(rankByGap(blocks));
  const heads = FIGURES.map((f) => f.padStart(7)).join('');
  const header = [
    `${''.padEnd(32)}${'now'.padEnd(35)}target`,
    `${'block'.padEnd(28)}${'n'.padStart(4)}${heads}${heads}${'gap'.padStart(7)}`,
  ];
  const lines = blocks.map((b) => {
    const name = `${b.block} ${translate('en', blockShortNameKey(b.block))}`.padEnd(28);
    const series = (s: SeriesStats) => FIGURES.map((f) => cell(s[f])).join('');
    const flags = [b.wideSpread ? 'wide spread' : '', candidates.includes(b.block) ? 'top gap' : '']
      .filter(Boolean)
      .join(', ');
    return `${name}${String(b.n).padStart(4)}${series(b.now)}${series(b.target)}${cell(b.gap)}  ${flags}`.trimEnd();
  });
  return [...header, ...lines];
}
