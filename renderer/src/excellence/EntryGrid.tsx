import { useRef } from 'react';
import { blockShortNameKey, EXCELLENCE_BLOCKS } from '../../../shared/excellence/blocks';
import type { ExcellenceParticipant } from '../../../shared/excellence/model';
import { newId } from '../../../shared/ids';
import { GroupSelect } from '../components/GroupSelect';
import { useFocusRequest } from '../components/useFocusRequest';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { MarkInput } from './MarkInput';

const SIDES = ['now', 'target'] as const;

/** Grid column of a mark: 1–18, now and target per block in block order (0 is the label). */
function markColumn(blockIndex: number, sideIndex: number): number {
  return 1 + blockIndex * 2 + sideIndex;
}

/** Participants × blocks for typing in paper forms, now and target per block. */
export function EntryGrid() {
  const t = useT();
  const { session, execute } = useSession();
  const participants = session.excellence.participants;
  const tableRef = useRef<HTMLTableElement>(null);
  // After adding a row, its first mark gets the focus once the row is there.
  const setFocusRow = useFocusRequest<number>((row) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-grid-row="${row}"][data-grid-column="1"]`),
  );

  const add = async () => {
    const participant = {
      id: newId(),
      label: `P${participants.length + 1}`,
      group: null,
      scores: {},
    };
    if (await execute({ type: 'excellence.addParticipant', participant })) {
      setFocusRow(participants.length);
    }
  };

  return (
    <div className="entry-grid-wrap">
      <table className="entry-grid" ref={tableRef}>
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
          {participants.map((participant, row) => (
            <GridRow key={participant.id} participant={participant} row={row} />
          ))}
        </tbody>
      </table>
      {participants.length === 0 && <p className="empty">{t('excellence.entry.empty')}</p>}
      <button type="button" className="primary" onClick={() => void add()}>
        + {t('excellence.entry.add')}
      </button>
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
          maxLength={100}
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
