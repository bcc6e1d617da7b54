import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { CultureEntry } from '../../../shared/culture/model';
import { MAX_WORD, WORDS_PER_SIDE } from '../../../shared/culture/model';
import { MAX_PARTICIPANT_LABEL } from '../../../shared/participants';
import { GRID_COLUMNS, importCulturePaste } from '../../../shared/culture/paste';
import { formatCsvProblems } from '../../../shared/csv';
import { newId } from '../../../shared/ids';
import { GroupSelect } from '../components/GroupSelect';
import { Pager, usePaging } from '../components/Pager';
import { useNotices } from '../components/Notices';
import { useFocusRequest } from '../components/useFocusRequest';
import { useLanguage, useT } from '../i18n';
import { useSession, type CommandInput } from '../session/SessionContext';

/**
 * Half the usual page (see Pager): each of a row's ten fields is as wide as its words
 * (`field-sizing: content`), which costs the first draw of a page about twice a plain field.
 */
const ROWS_PER_PAGE = 25;

const GROUP_COLUMN = 1;
const FIRST_WORD_COLUMN = 2;
const LAST_COLUMN = GRID_COLUMNS - 1;
const SLOTS = Array.from({ length: WORDS_PER_SIDE }, (_, i) => i);

/** A row's cells: participant, group id, four current words, four desired words. */
function cellsOf(entry: CultureEntry | null): string[] {
  const slots = (words: readonly string[]) => SLOTS.map((i) => words[i] ?? '');
  if (!entry) return Array.from({ length: GRID_COLUMNS }, () => '');
  return [entry.participant, entry.group ?? '', ...slots(entry.current), ...slots(entry.desired)];
}

function entryOf(id: string, cells: string[]): CultureEntry {
  const words = (from: number) => cells.slice(from, from + WORDS_PER_SIDE);
  return {
    id,
    participant: cells[0] ?? '',
    group: cells[GROUP_COLUMN] || null,
    current: words(FIRST_WORD_COLUMN),
    desired: words(FIRST_WORD_COLUMN + WORDS_PER_SIDE),
  };
}

const hasWords = (cells: string[]) => cells.slice(FIRST_WORD_COLUMN).some((c) => c.trim() !== '');

type FocusRequest = { row: number; column: number } | null;

/**
 * The facilitator's fast entry grid for sticky notes and paper forms: one row per participant,
 * saved when the cursor leaves the row; the empty last row becomes an entry as soon as it has
 * a word, and a fresh empty row appears. Pasting spreadsheet rows adds them all as one step.
 * A large session shows its rows a page at a time; the empty row stays under every page.
 */
export function EntryGrid() {
  const t = useT();
  const { language } = useLanguage();
  const notices = useNotices();
  const { session, executeMany } = useSession();
  const { entries } = session.culture;
  const [newRow, setNewRow] = useState(0);
  const table = useRef<HTMLTableElement>(null);
  const setFocus = useFocusRequest<NonNullable<FocusRequest>>((focus) =>
    table.current?.querySelector<HTMLElement>(`[data-cell="${focus.row}:${focus.column}"]`),
  );
  const paging = usePaging(entries.length, ROWS_PER_PAGE);
  const focusCell = (request: FocusRequest) => {
    // A row on another page is shown first; the empty row is under every page.
    if (request && request.row < entries.length) paging.showRow(request.row);
    setFocus(request);
  };

  const paste = async (event: ClipboardEvent<HTMLInputElement>, column: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.trim())) return; // one value: an ordinary paste into the cell
    event.preventDefault();
    const outcome = importCulturePaste(text, column, session);
    if (!outcome.ok) {
      notices.notify(formatCsvProblems(outcome.problems, language), { kind: 'error' });
      return;
    }
    const { commands, participants: count } = outcome.value;
    if (commands.length > 0 && (await executeMany(commands as CommandInput[]))) {
      const notes =
        outcome.notes.length > 0 ? `\n${formatCsvProblems(outcome.notes, language)}` : '';
      notices.notify(`${t('culture.grid.pasted', { count })}${notes}`);
    }
  };

  const side = (key: 'culture.currentShort' | 'culture.desiredShort') => t(key);
  return (
    <>
      <div className="culture-grid-wrap">
        <table className="culture-grid" ref={table}>
          <thead>
            <tr>
              <th className="culture-grid-index">#</th>
              <th>{t('culture.grid.participant')}</th>
              <th>{t('culture.grid.group')}</th>
              {SLOTS.map((i) => (
                <th key={`c${i}`} className="culture-grid-current">
                  {t('culture.grid.word', { side: side('culture.currentShort'), n: i + 1 })}
                </th>
              ))}
              {SLOTS.map((i) => (
                <th key={`d${i}`} className="culture-grid-desired">
                  {t('culture.grid.word', { side: side('culture.desiredShort'), n: i + 1 })}
                </th>
              ))}
              <th aria-hidden="true" />
            </tr>
          </thead>
          <tbody>
            {entries.slice(paging.first, paging.end).map((entry, offset) => (
              <EntryRow
                key={`${entry.id}:${JSON.stringify(entry)}`}
                index={paging.first + offset}
                entry={entry}
                onFocusRequest={focusCell}
                onPaste={paste}
              />
            ))}
            <EntryRow
              key={`new-${newRow}`}
              index={entries.length}
              entry={null}
              onAdded={() => {
                setNewRow((n) => n + 1);
                // The page of the row just added, so it stays in sight above the empty row.
                paging.showRow(entries.length);
              }}
              onFocusRequest={focusCell}
              onPaste={paste}
            />
          </tbody>
        </table>
      </div>
      <Pager
        paging={paging}
        className="pager culture-grid-pager"
        range={(from, to, total) => t('common.participantRange', { from, to, total })}
      />
    </>
  );
}

interface EntryRowProps {
  index: number;
  /** null for the empty row at the bottom. */
  entry: CultureEntry | null;
  onAdded?(): void;
  onFocusRequest(request: FocusRequest): void;
  onPaste(event: ClipboardEvent<HTMLInputElement>, column: number): void;
}

function EntryRow({ index, entry, onAdded, onFocusRequest, onPaste }: EntryRowProps) {
  const t = useT();
  const { session, execute } = useSession();
  const [cells, setCells] = useState(() => cellsOf(entry));
  // A row is saved once: leaving it by Enter also blurs it, which must not save it twice.
  const saving = useRef(false);
  const changed = JSON.stringify(cells) !== JSON.stringify(cellsOf(entry));

  const save = async (): Promise<boolean> => {
    if (saving.current || !changed) return true;
    saving.current = true;
    let ok: boolean;
    if (!entry) {
      if (!hasWords(cells)) {
        saving.current = false;
        return true;
      }
      ok = await execute({ type: 'culture.addEntry', entry: entryOf(newId(), cells) });
      if (ok) onAdded?.();
    } else if (!hasWords(cells)) {
      ok = await execute({ type: 'culture.deleteEntry', id: entry.id });
    } else {
      ok = await execute({ type: 'culture.updateEntry', entry: entryOf(entry.id, cells) });
    }
    // A saved row is replaced by a fresh one (its key changes); a refused one stays editable.
    if (!ok) saving.current = false;
    return ok;
  };

  /**
   * Enter moves to the next cell, like Tab. On the last cell, or with Ctrl+Enter anywhere, the
   * row is saved and the cursor goes to the first word of the next row (a fresh one after the
   * new row). Tab in an existing row just moves on; the row is saved when the cursor leaves it.
   */
  const onKeyDown = async (event: KeyboardEvent<HTMLElement>, column: number) => {
    const enter = event.key === 'Enter';
    const saveRow = enter && (event.ctrlKey || event.metaKey);
    const leaveRow =
      column === LAST_COLUMN && !event.shiftKey && (enter || (event.key === 'Tab' && !entry));
    if (enter && !saveRow && !leaveRow) {
      event.preventDefault();
      onFocusRequest({ row: index, column: column + 1 });
      return;
    }
    if (!saveRow && !leaveRow) return;
    event.preventDefault();
    if (!entry && !hasWords(cells)) return; // nothing typed: no row to move on to
    if (await save()) onFocusRequest({ row: index + 1, column: FIRST_WORD_COLUMN });
  };

  const set = (column: number, value: string) =>
    setCells((all) => all.map((cell, i) => (i === column ? value : cell)));
  const input = (column: number, label: string) => (
    <td
      key={column}
      className={column < FIRST_WORD_COLUMN + WORDS_PER_SIDE ? undefined : 'desired'}
    >
      <input
        data-cell={`${index}:${column}`}
        aria-label={`${label} (${index + 1})`}
        value={cells[column]}
        // An unnamed participant reads "#3", as in Kano and Service Excellence (docs/glossary.md).
        placeholder={
          column === 0 && entry ? t('common.participantNumber', { number: index + 1 }) : undefined
        }
        maxLength={column === 0 ? MAX_PARTICIPANT_LABEL : MAX_WORD}
        onChange={(e) => set(column, e.target.value)}
        onKeyDown={(e) => void onKeyDown(e, column)}
        onPaste={(e) => onPaste(e, column)}
      />
    </td>
  );
  const wordLabel = (short: 'culture.currentShort' | 'culture.desiredShort', n: number) =>
    t('culture.grid.word', { side: t(short), n });

  return (
    <tr
      className={entry ? undefined : 'culture-grid-new'}
      data-testid={entry ? 'culture-row' : 'culture-new-row'}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void save();
      }}
    >
      <td className="culture-grid-index">{entry ? index + 1 : t('culture.grid.newRow')}</td>
      {input(0, t('culture.grid.participant'))}
      <td>
        <GroupSelect
          groups={session.groups}
          emptyLabel={t('culture.grid.noGroup')}
          data-cell={`${index}:${GROUP_COLUMN}`}
          aria-label={`${t('culture.grid.group')} (${index + 1})`}
          value={cells[GROUP_COLUMN]}
          onChange={(e) => set(GROUP_COLUMN, e.target.value)}
          onKeyDown={(e) => void onKeyDown(e, GROUP_COLUMN)}
        />
      </td>
      {SLOTS.map((i) => input(FIRST_WORD_COLUMN + i, wordLabel('culture.currentShort', i + 1)))}
      {SLOTS.map((i) =>
        input(FIRST_WORD_COLUMN + WORDS_PER_SIDE + i, wordLabel('culture.desiredShort', i + 1)),
      )}
      <td>
        {entry && (
          <button
            type="button"
            className="danger culture-grid-delete"
            tabIndex={-1}
            aria-label={`${t('culture.grid.delete')} (${index + 1})`}
            title={t('culture.grid.delete')}
            onClick={() => void execute({ type: 'culture.deleteEntry', id: entry.id })}
          >
            ×
          </button>
        )}
      </td>
    </tr>
  );
}
