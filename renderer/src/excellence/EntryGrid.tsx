import { useRef, type KeyboardEvent } from 'react';
import { blockShortNameKey, EXCELLENCE_BLOCKS } from '../../../shared/excellence/blocks';
import type { ExcellenceParticipant } from '../../../shared/excellence/model';
import { MAX_PARTICIPANT_LABEL } from '../../../shared/participants';
import { newId } from '../../../shared/ids';
import { GroupSelect } from '../components/GroupSelect';
import { Pager, usePaging } from '../components/Pager';
import { useFocusRequest } from '../components/useFocusRequest';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { MarkInput } from './MarkInput';

const SIDES = ['now', 'target'] as const;
/** Half the usual page (see Pager): a row here holds twenty fields, twice a row elsewhere. */
const ROWS_PER_PAGE = 25;

/** Grid column of a mark: 1–18, now and target per block in block order (0 is the label). */
function markColumn(blockIndex: number, sideIndex: number): number {
  return 1 + blockIndex * 2 + sideIndex;
}

interface Cell {
  row: number;
  column: number;
}

/**
 * Participants × blocks for typing in paper forms, now and target per block; a large session
 * a page of rows at a time.
 */
export function EntryGrid() {
  const t = useT();
  const { session, execute } = useSession();
  const participants = session.excellence.participants;
  const tableRef = useRef<HTMLTableElement>(null);
  const paging = usePaging(participants.length, ROWS_PER_PAGE);
  // The focus moves once the cell is there: a new row, or a row on the page shown next.
  const setFocusCell = useFocusRequest<Cell>(({ row, column }) =>
    tableRef.current?.querySelector<HTMLElement>(
      `[data-grid-row="${row}"][data-grid-column="${column}"]`,
    ),
  );
  const focusCell = (row: number, column: number) => {
    paging.showRow(row);
    setFocusCell({ row, column });
  };

  // A mark moves the focus up and down within the page itself; past the page's edge the
  // neighbouring page is shown first.
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const down = event.key === 'Enter' || event.key === 'ArrowDown';
    const mark = event.target as HTMLElement;
    if ((!down && event.key !== 'ArrowUp') || !mark.classList.contains('mark-input')) return;
    const row = Number(mark.dataset.gridRow) + (down ? 1 : -1);
    const offPage = row < paging.first || row >= paging.end;
    if (offPage && row >= 0 && row < participants.length) {
      focusCell(row, Number(mark.dataset.gridColumn));
    }
  };

  const add = async () => {
    const participant = {
      id: newId(),
      label: `P${participants.length + 1}`,
      group: null,
      scores: {},
    };
    if (await execute({ type: 'excellence.addParticipant', participant })) {
      focusCell(participants.length, 1);
    }
  };

  return (
    <div className="entry-grid-wrap">
      <table className="entry-grid" ref={tableRef} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th rowSpan={2}>{t('excellence.entry.participant')}</th>
            {session.groups.length > 0 && <th rowSpan={2}>{t('excellence.entry.group')}</th>}
            {EXCELLENCE_BLOCKS.map(({ block }) => (
              <th
                key={block}
                colSpan={2}
                className="block-head"
                title={t(blockShortNameKey(block))}
              >
                <span className="block-number">{block}</span>
                <span className="block-head-name">{t(blockShortNameKey(block))}</span>
              </th>
            ))}
            <th rowSpan={2} />
          </tr>
          <tr>
            {EXCELLENCE_BLOCKS.map(({ block }) =>
              SIDES.map((side) => (
                <th key={`${block}-${side}`} className={`side-head side-${side}`}>
                  {t(`excellence.entry.${side}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {participants.slice(paging.first, paging.end).map((participant, offset) => (
            <GridRow key={participant.id} participant={participant} row={paging.first + offset} />
          ))}
        </tbody>
      </table>
      {participants.length === 0 && <p className="empty">{t('excellence.entry.empty')}</p>}
      <button type="button" className="primary" onClick={() => void add()}>
        + {t('excellence.entry.add')}
      </button>
      <Pager
        paging={paging}
        range={(from, to, total) => t('common.participantRange', { from, to, total })}
      />
    </div>
  );
}

function GridRow({ participant, row }: { participant: ExcellenceParticipant; row: number }) {
  const t = useT();
  const { session, execute } = useSession();
  const name = participant.label || t('excellence.entry.unnamed', { number: row + 1 });
  const update = (changes: { label?: string; group?: string | null }) =>
    void execute({ type: 'excellence.updateParticipant', id: participant.id, ...changes });
  return (
    <tr data-testid="entry-row">
      <td>
        <input
          className="label-input"
          aria-label={t('excellence.entry.participant')}
          placeholder={name}
          defaultValue={participant.label}
          key={participant.label}
          maxLength={MAX_PARTICIPANT_LABEL}
          data-grid-row={row}
          data-grid-column={0}
          onBlur={(e) => {
            const label = e.target.value.trim();
            if (label !== participant.label) update({ label });
          }}
        />
      </td>
      {session.groups.length > 0 && (
        <td>
          <GroupSelect
            groups={session.groups}
            emptyLabel={t('excellence.entry.noGroup')}
            aria-label={t('excellence.entry.group')}
            value={participant.group ?? ''}
            onChange={(e) => update({ group: e.target.value || null })}
          />
        </td>
      )}
      {EXCELLENCE_BLOCKS.map(({ block }, blockIndex) =>
        SIDES.map((side, sideIndex) => (
          <td key={`${block}-${side}`} className={`mark-cell side-${side}`}>
            <MarkInput
              value={participant.scores[block]?.[side] ?? null}
              label={t('excellence.entry.cell', {
                participant: name,
                block,
                side: t(`excellence.entry.${side}`),
              })}
              language={session.language}
              row={row}
              column={markColumn(blockIndex, sideIndex)}
              onCommit={(value) =>
                void execute({
                  type: 'excellence.setScore',
                  participant: participant.id,
                  block,
                  [side]: value,
                })
              }
            />
          </td>
        )),
      )}
      <td>
        <button
          type="button"
          className="icon-button danger"
          aria-label={t('excellence.entry.remove', { name })}
          title={t('excellence.entry.remove', { name })}
          onClick={() => void execute({ type: 'excellence.removeParticipant', id: participant.id })}
        >
          ×
        </button>
      </td>
    </tr>
  );
}
