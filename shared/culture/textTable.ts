import type { CultureAnalysis } from './analysis';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** `analyse culture` without --json: the analysis as plain text for a terminal. */
export function cultureTextTable(a: CultureAnalysis): string[] {
  const width = Math.max(12, ...a.current.map((w) => w.word.length + 6));
  const rows = Array.from({ length: Math.max(a.current.length, a.desired.length) }, (_, i) => {
    const cell = (w: { word: string; count: number } | undefined) =>
      w ? `${w.word}  ${w.count}` : '';
    return `${cell(a.current[i]).padEnd(width)}  ${cell(a.desired[i])}`;
  });
  const list = (words: readonly { word: string }[]) => words.map((w) => w.word).join(' · ') || '-';
  return [
    `Participants: ${a.participants}`,
    '',
    `${'CURRENT'.padEnd(width)}  DESIRED`,
    ...rows,
    '',
    `Keep:     ${list(a.keep)}`,
    `Let go:   ${list(a.letGo)}`,
    `Develop:  ${list(a.develop)}`,
    '',
    `Overlap share: ${percent(a.overlapShare)}   Cosine similarity: ${a.cosine.toFixed(3)}` +
      (a.entropy === null ? '' : `   Cultural entropy: ${a.entropy.toFixed(1)}%`),
  ];
}
