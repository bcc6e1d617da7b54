import { useMemo, useState, type FormEvent } from 'react';
import {
  blockShortNameKey,
  EXCELLENCE_BLOCKS,
  isBlockNumber,
  type BlockNumber,
} from '../../../shared/excellence/blocks';
import {
  actionStatusSchema,
  MAX_ACTION_WHAT,
  MAX_ACTION_WHEN,
  MAX_ACTION_WHO,
  type ExcellenceAction,
} from '../../../shared/excellence/model';
import { excellenceResults } from '../../../shared/excellence/results';
import { newId } from '../../../shared/ids';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';

const STATUSES = actionStatusSchema.options;

/** The actions agreed per block (what, who, when, status), editable in place; they go in the report. */
export function ActionsView() {
  const t = useT();
  const { session } = useSession();
  const candidates = useMemo(() => excellenceResults(session).candidates, [session]);
  const actions = [...session.excellence.actions].sort((a, b) => a.block - b.block);
  return (
    <section className="card">
      <h2>{t('excellence.actions.title')}</h2>
      <NewAction candidates={candidates} />
      {actions.length === 0 ? (
        <p className="empty" data-testid="excellence-actions-empty">
          {t('excellence.actions.empty')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="actions-table" data-testid="excellence-actions">
            <thead>
              <tr>
                <th>{t('excellence.actions.block')}</th>
                <th>{t('excellence.actions.what')}</th>
                <th>{t('excellence.actions.who')}</th>
                <th>{t('excellence.actions.when')}</th>
                <th>{t('excellence.actions.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => (
                <ActionRow key={action.id} action={action} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function BlockSelect({
  value,
  onChange,
  candidates = [],
}: {
  value: number;
  onChange(block: BlockNumber): void;
  candidates?: readonly BlockNumber[];
}) {
  const t = useT();
  return (
    <select
      aria-label={t('excellence.actions.block')}
      value={value}
      onChange={(e) => {
        const block = Number(e.target.value);
        if (isBlockNumber(block)) onChange(block);
      }}
    >
      {EXCELLENCE_BLOCKS.map(({ block }) => (
        <option key={block} value={block}>
          {block}. {t(blockShortNameKey(block))}
          {candidates.includes(block) ? ' ★' : ''}
        </option>
      ))}
    </select>
  );
}

function NewAction({ candidates }: { candidates: readonly BlockNumber[] }) {
  const t = useT();
  const { execute } = useSession();
  const [block, setBlock] = useState<BlockNumber>(candidates[0] ?? 1);
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [when, setWhen] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (what.trim() === '') return;
    const action = { id: newId(), block, what: what.trim(), who: who.trim(), when: when.trim() };
    if (await execute({ type: 'excellence.addAction', action })) {
      setWhat('');
      setWho('');
      setWhen('');
    }
  };

  return (
    <form className="new-action" onSubmit={(e) => void add(e)}>
      <label>
        {t('excellence.actions.block')}
        <BlockSelect value={block} onChange={setBlock} candidates={candidates} />
      </label>
      <label>
        {t('excellence.actions.what')}
        <input value={what} maxLength={MAX_ACTION_WHAT} onChange={(e) => setWhat(e.target.value)} />
      </label>
      <label>
        {t('excellence.actions.who')}
        <input value={who} maxLength={MAX_ACTION_WHO} onChange={(e) => setWho(e.target.value)} />
      </label>
      <label>
        {t('excellence.actions.when')}
        <input value={when} maxLength={MAX_ACTION_WHEN} onChange={(e) => setWhen(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={what.trim() === ''}>
        {t('excellence.actions.add')}
      </button>
      {candidates.length > 0 && <p className="muted full">★ {t('excellence.actions.candidate')}</p>}
    </form>
  );
}

type TextField = 'what' | 'who' | 'when';

function ActionRow({ action }: { action: ExcellenceAction }) {
  const t = useT();
  const { execute } = useSession();
  const update = (changes: Partial<Omit<ExcellenceAction, 'id'>>) =>
    void execute({ type: 'excellence.updateAction', id: action.id, ...changes });
  // A text area one line high that grows with its text: a long "what" or "who" wraps instead of
  // being cut off. Enter saves, as in a one-line field; the text stays one line.
  const text = (field: TextField, maxLength: number) => (
    <textarea
      className="action-text"
      rows={1}
      aria-label={t(`excellence.actions.${field}`)}
      defaultValue={action[field]}
      key={action[field]}
      maxLength={maxLength}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          e.currentTarget.blur();
        }
      }}
      onBlur={(e) => {
        const value = e.target.value.trim();
        // "What" may not be empty; putting the old text back is kinder than an error.
        if (field === 'what' && value === '') e.target.value = action.what;
        else if (value !== action[field]) update({ [field]: value });
      }}
    />
  );
  return (
    <tr data-testid="action-row">
      <td>
        <BlockSelect value={action.block} onChange={(block) => update({ block })} />
      </td>
      <td>{text('what', MAX_ACTION_WHAT)}</td>
      <td>{text('who', MAX_ACTION_WHO)}</td>
      <td>{text('when', MAX_ACTION_WHEN)}</td>
      <td>
        <select
          aria-label={t('excellence.actions.status')}
          value={action.status}
          onChange={(e) => update({ status: actionStatusSchema.parse(e.target.value) })}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`excellence.status.${status}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button
          type="button"
          className="icon-button danger"
          aria-label={t('excellence.actions.remove')}
          title={t('excellence.actions.remove')}
          onClick={() => void execute({ type: 'excellence.removeAction', id: action.id })}
        >
          ×
        </button>
      </td>
    </tr>
  );
}
