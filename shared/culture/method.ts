import { defineMethod } from '../methodContract';
import { applyCultureCommand, cultureCommandSchemas } from './commands';
import { cultureCsv } from './csv';
import { cultureAnalysisJson } from './json';
import { analyseCultureResult } from './result';
import { cultureTextTable } from './textTable';

/** Culture mapping: four words for the culture as it is and four for the culture we want. */
export const cultureMethod = defineMethod({
  id: 'culture',
  titleKey: 'culture.title',
  commandSchemas: cultureCommandSchemas,
  apply: applyCultureCommand,
  csv: cultureCsv,
  analyse: (session, { groupId } = {}) =>
    analyseCultureResult(session, groupId === undefined ? {} : { group: groupId }),
  json: cultureAnalysisJson,
  textTable: cultureTextTable,
  participantCount: (session) => session.culture.entries.length,
  revealed: (session) => session.culture.revealed,
  setRevealed: (revealed) => ({ type: 'culture.setRevealed' as const, revealed }),
});
