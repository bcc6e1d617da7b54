import { memo } from 'react';
import { useT } from '../i18n';
import { MergeField } from './MergeField';

export interface WordRow {
  key: string;
  word: string;
  current: number;
  desired: number;
  limiting: boolean;
}

/** What a row can do; one object for all rows that never changes, so rows redraw only when their word does. */
export interface WordActions {
  /** The key of the word `text` names, or null when there is none (or it is `from` itself). */
  find(from: string, text: string): string | null;
  merge(from: string, into: string): void;
  setLimiting(key: string, limiting: boolean): void;
  hide(key: string): void;
}

interface WordTableRowProps {
  row: WordRow;
  /** The id of the datalist of every word, for the merge field. */
  listId: string;
  actions: WordActions;
}

const sameRow = (a: WordRow, b: WordRow) =>
  a.key === b.key &&
  a.word === b.word &&
  a.current === b.current &&
  a.desired === b.desired &&
  a.limiting === b.limiting;

/** One word of the "Edit words" table: counts, merge, limiting, hide. */
export const WordTableRow = memo(
  function WordTableRow({ row, listId, actions }: WordTableRowProps) {
    const t = useT();
    return (
      <tr data-testid="culture-word-row">
        <td className="culture-word">{row.word}</td>
        <td className="num">{row.current || ''}</td>
        <td className="num">{row.desired || ''}</td>
        <td>
          <MergeField
            word={row.word}
            listId={listId}
            find={(text) => actions.find(row.key, text)}
            onMerge={(into) => actions.merge(row.key, into)}
          />
        </td>
        <td>
          <input
            type="checkbox"
            aria-label={`${t('culture.words.limiting')}: ${row.word}`}
            checked={row.limiting}
            onChange={(e) => actions.setLimiting(row.key, e.target.checked)}
          />
        </td>
        <td>
          <button
            type="button"
            aria-label={`${t('culture.words.hide')}: ${row.word}`}
            onClick={() => actions.hide(row.key)}
          >
            {t('culture.words.hide')}
          </button>
        </td>
      </tr>
    );
  },
  (before, after) =>
    before.actions === after.actions &&
    before.listId === after.listId &&
    sameRow(before.row, after.row),
);
