import { useRef, useState, type KeyboardEvent } from 'react';
import { newId } from '../../../shared/ids';
import { classify } from '../../../shared/kano/evaluation';
import type { KanoRespondent, Wish } from '../../../shared/kano/model';
import { MAX_PARTICIPANT_LABEL } from '../../../shared/participants';
import { GroupSelect } from '../components/GroupSelect';
import { Pager, usePaging } from '../components/Pager';
import { useFocusRequest } from '../components/useFocusRequest';
import { kanoQuestions } from '../../../shared/kano/questions';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { CATEGORY_FILL, CATEGORY_INK } from './categoryStyle';
import { respondentName } from './respondentName';

interface Cell {
  row: number;
  col: number;
}

/**
 * Facilitator entry of paper forms: respondents × wishes. In a cell, two digits 1–5 (functional,
 * then dysfunctional) store the pair and move to the next wish; the cell shows the category.
 */
export function EntryGrid() {
  const t = useT();
  const { session, execute } = useSession();
  const { wishes, respondents } = session.kano;
  const [pending, setPending] = useState<{ cell: Cell; functional: number } | null>(null);
  const cells = useRef(new Map<string, HTMLButtonElement>());
  // The header's tooltip: the wish and the two questions as participants read them (in the
  // session's language), the order in which the two digits of a cell are typed.
  const wishTitle = (wish: Wish) => {
    const questions = kanoQuestions(wish, session.language);
    return `${wish.name}\n1. ${questions.functional}\n2. ${questions.dysfunctional}`;
  };

  // A page of rows at a time (see Pager): a large import stays quick to draw.
  const paging = usePaging(respondents.length);
  const { first } = paging;
  const visible = respondents.slice(first, paging.end);

  // Focus moves once the cell exists (a new respondent's row appears after the server answers).
  const setFocusTarget = useFocusRequest<Cell>((target) =>
    cells.current.get(`${target.row}:${target.col}`),
  );

  const focusCell = (row: number, col: number) => {
    const lastRow = respondents.length - 1;
    const target = {
      row: Math.max(0, Math.min(lastRow, row)),
      col: Math.max(0, Math.min(wishes.length - 1, col)),
    };
    paging.showRow(target.row);
    setFocusTarget(target);
  };

  const addRespondent = async () => {
    const respondent = { id: newId(), label: '', group: null, answers: {} };
    if (await execute({ type: 'kano.addRespondent', respondent })) {
      // The new row is the last one; it exists once the session has been updated.
      const row = respondents.length;
      paging.showRow(row);
      setFocusTarget({ row, col: 0 });
    }
  };

  const onCellKey = (event: KeyboardEvent, respondent: KanoRespondent, cell: Cell) => {
    const wish = wishes[cell.col];
    if (!wish) return;
    const digit = /^[1-5]$/.test(event.key) ? Number(event.key) : null;
    const waiting = pending && pending.cell.row === cell.row && pending.cell.col === cell.col;
    if (digit !== null) {
      event.preventDefault();
      if (!waiting) {
        setPending({ cell, functional: digit });
        return;
      }
      setPending(null);
      void execute({
        type: 'kano.setAnswer',
        respondentId: respondent.id,
        wishId: wish.id,
        functional: pending.functional,
        dysfunctional: digit,
        importance: respondent.answers[wish.id]?.importance ?? null,
      });
      const atRowEnd = cell.col === wishes.length - 1;
      if (!atRowEnd) focusCell(cell.row, cell.col + 1);
      else if (cell.row < respondents.length - 1) focusCell(cell.row + 1, 0);
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      Enter: [1, 0],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setPending(null);
      focusCell(cell.row + move[0], cell.col + move[1]);
    } else if (event.key === 'Escape') {
      setPending(null);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (waiting) setPending(null);
      else if (respondent.answers[wish.id]) {
        void execute({ type: 'kano.clearAnswer', respondentId: respondent.id, wishId: wish.id });
      }
    }
  };

  if (wishes.length === 0) return <p className="empty">{t('kano.entry.noWishes')}</p>;
  return (
    <>
      {respondents.length === 0 ? (
        <p className="empty">{t('kano.entry.noRespondents')}</p>
      ) : (
        <div className="kano-grid-scroll">
          <table className="kano-grid" aria-label={t('kano.entry.grid')}>
            <thead>
              <tr>
                <th>{t('kano.entry.respondent')}</th>
                {session.groups.length > 0 && <th>{t('kano.entry.group')}</th>}
                {wishes.map((wish, col) => (
                  <th key={wish.id} className="kano-grid-wish" title={wishTitle(wish)}>
                    <span className="muted">{col + 1}</span> {wish.name}
                  </th>
                ))}
                <th aria-hidden="true" />
              </tr>
            </thead>
            <tbody>
              {visible.map((respondent, offset) => {
                const row = first + offset;
                const name = respondentName(t, respondent, row);
                return (
                  <tr key={respondent.id} data-testid="respondent-row">
                    <td>
                      {/* Keyed by the label, so a change made elsewhere (undo) resets the field. */}
                      <RespondentLabel key={respondent.label} respondent={respondent} row={row} />
                    </td>
                    {session.groups.length > 0 && (
                      <td>
                        <GroupSelect
                          groups={session.groups}
                          emptyLabel={t('kano.entry.noGroup')}
                          aria-label={`${t('kano.entry.group')} ${name}`}
                          value={respondent.group ?? ''}
                          onChange={(e) =>
                            void execute({
                              type: 'kano.updateRespondent',
                              id: respondent.id,
                              group: e.target.value || null,
                            })
                          }
                        />
                      </td>
                    )}
                    {wishes.map((wish, col) => {
                      const answer = respondent.answers[wish.id];
                      const waiting = pending?.cell.row === row && pending.cell.col === col;
                      const category = answer
                        ? classify(answer.functional, answer.dysfunctional)
                        : null;
                      const value = waiting
                        ? `${pending.functional}…`
                        : answer
                          ? `${category} (${answer.functional}, ${answer.dysfunctional})`
                          : t('kano.entry.cellEmpty');
                      return (
                        <td key={wish.id}>
                          <button
                            type="button"
                            className={waiting ? 'kano-cell waiting' : 'kano-cell'}
                            data-testid="answer-cell"
                            ref={(element) => {
                              const key = `${row}:${col}`;
                              if (element) cells.current.set(key, element);
                              else cells.current.delete(key);
                            }}
                            aria-label={t('kano.entry.cell', {
                              respondent: name,
                              wish: wish.name,
                              value,
                            })}
                            onKeyDown={(e) => onCellKey(e, respondent, { row, col })}
                            onBlur={() => waiting && setPending(null)}
                            style={
                              category && !waiting
                                ? {
                                    background: CATEGORY_FILL[category],
                                    color: CATEGORY_INK[category],
                                  }
                                : undefined
                            }
                          >
                            {waiting ? (
                              <span className="kano-cell-digits">{pending.functional} ·</span>
                            ) : answer ? (
                              <>
                                <span className="kano-cell-category">{category}</span>
                                <span className="kano-cell-digits">
                                  {answer.functional}·{answer.dysfunctional}
                                </span>
                              </>
                            ) : (
                              ''
                            )}
                          </button>
                        </td>
                      );
                    })}
                    <td>
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('kano.entry.removeRespondent', { label: name })}
                        onClick={() =>
                          void execute({ type: 'kano.removeRespondent', id: respondent.id })
                        }
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="kano-grid-footer">
        <button type="button" className="primary" onClick={() => void addRespondent()}>
          {t('kano.entry.addRespondent')}
        </button>
        <span className="muted">{t('kano.entry.respondents', { count: respondents.length })}</span>
        <Pager
          paging={paging}
          className="kano-pager"
          previous={t('kano.entry.previous')}
          next={t('kano.entry.next')}
          range={(from, to, total) => t('kano.entry.page', { from, to, total })}
        />
      </div>
    </>
  );
}

/** The label cell: typed freely, saved when the field is left. */
function RespondentLabel({ respondent, row }: { respondent: KanoRespondent; row: number }) {
  const t = useT();
  const { execute } = useSession();
  const [label, setLabel] = useState(respondent.label);
  const save = () => {
    if (label.trim() !== respondent.label) {
      void execute({ type: 'kano.updateRespondent', id: respondent.id, label: label.trim() });
    }
  };
  return (
    <input
      className="kano-respondent-label"
      aria-label={t('kano.entry.respondentLabel', { number: row + 1 })}
      placeholder={t('kano.respondentNumber', { number: row + 1 })}
      value={label}
      maxLength={MAX_PARTICIPANT_LABEL}
      onChange={(e) => setLabel(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
    />
  );
}
