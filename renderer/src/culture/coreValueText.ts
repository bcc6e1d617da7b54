import { MAX_BEHAVIOUR, MAX_BEHAVIOURS, type CoreValue } from '../../../shared/culture/model';
import { newId } from '../../../shared/ids';

/** The advice for the codified culture: fewer or more values get a gentle note, never a block. */
export const ADVISED_VALUES = { min: 3, max: 7 } as const;

export function outsideAdvice(count: number): boolean {
  return count > 0 && (count < ADVISED_VALUES.min || count > ADVISED_VALUES.max);
}

/** A new, empty core value (the facilitator types its name straight away). */
export function emptyCoreValue(): CoreValue {
  return { id: newId(), name: '', meaning: '', doing: [], notDoing: [], words: [] };
}

/** Behaviours as the field shows them: one per line. */
export function behavioursText(lines: readonly string[]): string {
  return lines.join('\n');
}

/** The field's text as stored behaviours: trimmed lines, empty ones left out, within the limits. */
export function behavioursOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().slice(0, MAX_BEHAVIOUR))
    .filter((line) => line !== '')
    .slice(0, MAX_BEHAVIOURS);
}
