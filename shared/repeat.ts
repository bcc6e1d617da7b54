import type { Session } from './session';
import { SCHEMA_VERSION } from './session';
import { emptyExcellenceData } from './excellence/model';
import { previousScoresFrom } from './excellence/previous';

/**
 * "Repeat this workshop": the same settings, groups, wishes and word curation, without any
 * answers, remembering where it came from so the new results can be compared with the old.
 */
export function repeatSession(source: Session, id: string, now = new Date()): Session {
  const stamp = now.toISOString();
  return {
    ...source,
    schemaVersion: SCHEMA_VERSION,
    id,
    date: stamp.slice(0, 10),
    createdAt: stamp,
    updatedAt: stamp,
    repeatOf: { id: source.id, name: source.name, date: source.date },
    culture: { ...source.culture, entries: [], revealed: false },
    kano: { ...source.kano, respondents: [], consensus: {}, revealed: false },
    excellence: { ...emptyExcellenceData(), previous: previousScoresFrom(source) },
  };
}
