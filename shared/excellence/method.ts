import { defineMethod } from '../methodContract';
import { analyseBlocks } from './analysis';
import { applyExcellenceCommand, excellenceCommandSchemas } from './commands';
import { excellenceCsv } from './csv';
import { excellenceJson } from './json';
import { excellenceTextTable } from './textTable';

/** The Service Excellence self-assessment on the nine building blocks. */
export const excellenceMethod = defineMethod({
  id: 'excellence',
  titleKey: 'excellence.title',
  commandSchemas: excellenceCommandSchemas,
  apply: applyExcellenceCommand,
  csv: excellenceCsv,
  analyse: (session, { groupId } = {}) => {
    const { participants } = session.excellence;
    return analyseBlocks(
      groupId === undefined ? participants : participants.filter((p) => p.group === groupId),
    );
  },
  json: excellenceJson,
  textTable: excellenceTextTable,
  participantCount: (session) => session.excellence.participants.length,
  revealed: (session) => session.excellence.revealed,
  setRevealed: (revealed) => ({ type: 'excellence.setRevealed' as const, revealed }),
});
