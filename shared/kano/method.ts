import { defineMethod } from '../methodContract';
import { analyseKano } from './analysis';
import { applyKanoCommand, kanoCommandSchemas } from './commands';
import { kanoCsv } from './csv';
import { kanoAnalysisJson } from './json';
import { kanoTextTable } from './textTable';

/** Kano classification of customer wishes. */
export const kanoMethod = defineMethod({
  id: 'kano',
  titleKey: 'kano.title',
  commandSchemas: kanoCommandSchemas,
  apply: applyKanoCommand,
  csv: kanoCsv,
  analyse: (session, filter = {}) => analyseKano(session.kano, filter),
  json: kanoAnalysisJson,
  textTable: kanoTextTable,
  participantCount: (session) => session.kano.respondents.length,
  revealed: (session) => session.kano.revealed,
  setRevealed: (revealed) => ({ type: 'kano.setRevealed' as const, revealed }),
});
