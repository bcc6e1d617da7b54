import { defineMethod } from '../methodContract';
import { analyseCulture } from './analysis';
import { applyCultureCommand, cultureCommandSchemas } from './commands';
import { cultureCsv } from './csv';
import { cultureAnalysisJson } from './json';
import { cultureTextTable } from './textTable';

/** Culture mapping: four words for the culture as it is and four for the culture we want. */
export const cultureMethod = defineMethod({
  id: 'culture',
  titleKey: 'culture.title',
  commandSchemas: cultureCommandSchemas,
  apply: applyCultureCommand,
  csv: cultureCsv,
  analyse: (session, { groupId } = {}) =>
    analyseCulture(session.culture, groupId === undefined ? {} : { group: groupId }),
  json: cultureAnalysisJson,
  textTable: cultureTextTable,
  participantCount: (session) => session.culture.entries.length,
  revealed: (session) => session.culture.revealed,
  setRevealed: (revealed) => ({ type: 'culture.setRevealed' as const, revealed }),
});
