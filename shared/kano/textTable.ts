import { categoryLabel, type WishAnalysis } from './analysis';

const fixed = (value: number | null, digits: number) =>
  value === null ? '-' : value.toFixed(digits);

/** `analyse kano` without --json: the results per wish as plain text for a terminal. */
export function kanoTextTable(results: readonly WishAnalysis[]): string[] {
  const width = Math.max(4, ...results.map((r) => r.wish.name.length));
  const header = `${'WISH'.padEnd(width)}    n    A    O    M    I    R    Q  CAT   BETTER  WORSE   X      Y      IMP`;
  const rows = results.map((r) => {
    const counts = (['A', 'O', 'M', 'I', 'R', 'Q'] as const)
      .map((c) => String(r.counts[c]).padStart(5))
      .join('');
    return [
      r.wish.name.padEnd(width),
      String(r.n).padStart(5),
      counts,
      `  ${categoryLabel(r).padEnd(4)}`,
      fixed(r.better, 2).padStart(7),
      fixed(r.worse, 2).padStart(7),
      fixed(r.continuous.x, 2).padStart(6),
      fixed(r.continuous.y, 2).padStart(7),
      fixed(r.importance, 1).padStart(6),
    ].join('');
  });
  return [
    header,
    ...rows,
    '',
    'CAT: the most frequent category; "A/O" when Fong\'s test finds no significant difference.',
  ];
}
