import type { CultureResult } from './result';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const LIST_LABEL = { keep: 'keep', letGo: 'let go', develop: 'develop' } as const;

const list = (words: readonly { word: string }[]) => words.map((w) => w.word).join(' · ') || '-';

/** The facilitator's from→to and what they moved; nothing when no word moved. */
function steeredLines(steered: CultureResult['steered']): string[] {
  if (steered.moved.length === 0) return [];
  return [
    '',
    'After the facilitator moved words:',
    `Keep:     ${list(steered.keep)}`,
    `Let go:   ${list(steered.letGo)}`,
    `Develop:  ${list(steered.develop)}`,
    `Moved:    ${steered.moved.map((m) => `${m.word} (${LIST_LABEL[m.from]} → ${LIST_LABEL[m.to]})`).join(' · ')}`,
  ];
}

function coreValueLines(values: CultureResult['coreValues']): string[] {
  if (values.length === 0) return [];
  return [
    '',
    'CORE VALUES',
    ...values.flatMap((v, i) => [
      `${i + 1}. ${v.name}${v.meaning === '' ? '' : `: ${v.meaning}`}`,
      ...v.doing.map((line) => `   + ${line}`),
      ...v.notDoing.map((line) => `   - ${line}`),
      ...(v.words.length === 0 ? [] : [`   words: ${list(v.words)}`]),
    ]),
  ];
}

/** `analyse culture` without --json: the analysis as plain text for a terminal. */
export function cultureTextTable(a: CultureResult): string[] {
  const width = Math.max(12, ...a.current.map((w) => w.word.length + 6));
  const rows = Array.from({ length: Math.max(a.current.length, a.desired.length) }, (_, i) => {
    const cell = (w: { word: string; count: number } | undefined) =>
      w ? `${w.word}  ${w.count}` : '';
    return `${cell(a.current[i]).padEnd(width)}  ${cell(a.desired[i])}`;
  });
  const suggestions = a.suggestedMerges.map((s) => `${s.fromWord} → ${s.intoWord}`);
  return [
    `Participants: ${a.participants}`,
    '',
    `${'CURRENT'.padEnd(width)}  DESIRED`,
    ...rows,
    '',
    `Keep:     ${list(a.keep)}`,
    `Let go:   ${list(a.letGo)}`,
    `Develop:  ${list(a.develop)}`,
    ...steeredLines(a.steered),
    '',
    `Overlap share: ${percent(a.overlapShare)}   Cosine similarity: ${a.cosine.toFixed(3)}` +
      (a.entropy === null ? '' : `   Cultural entropy: ${a.entropy.toFixed(1)}%`),
    ...coreValueLines(a.coreValues),
    ...(suggestions.length === 0 ? [] : ['', `Merge? ${suggestions.join(' · ')}`]),
  ];
}
