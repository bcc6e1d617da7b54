import { useMemo, useState, type KeyboardEvent } from 'react';
import { newId } from '../../../shared/ids';
import { wishNameKey } from '../../../shared/kano/commands';
import {
  MAX_WISH_DESCRIPTION,
  MAX_WISH_NAME,
  MAX_WISH_QUESTION,
  type Wish,
} from '../../../shared/kano/model';
import { kanoQuestions } from '../../../shared/kano/questions';
import { Dialog } from '../components/Dialog';
import { useNotices } from '../components/Notices';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';

/** The customer wishes: add one or a pasted list, edit, reorder (drag or Alt+↑/↓), remove. */
export function WishList() {
  const t = useT();
  const { session, execute, undo } = useSession();
  const notices = useNotices();
  const wishes = session.kano.wishes;
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [pasting, setPasting] = useState(false);
  const [dragged, setDragged] = useState<string | null>(null);

  const answerCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const respondent of session.kano.respondents) {
      for (const wishId of Object.keys(respondent.answers)) {
        counts.set(wishId, (counts.get(wishId) ?? 0) + 1);
      }
    }
    return counts;
  }, [session.kano.respondents]);

  const add = async () => {
    if (!name.trim()) return;
    const wish = { id: newId(), name: name.trim(), description: description.trim() };
    if (await execute({ type: 'kano.addWishes', wishes: [wish] })) {
      setName('');
      setDescription('');
    }
  };

  const move = (wish: Wish, index: number) => {
    if (index < 0 || index >= wishes.length) return;
    void execute({ type: 'kano.moveWish', id: wish.id, index });
  };

  const remove = async (wish: Wish) => {
    if (await execute({ type: 'kano.removeWish', id: wish.id })) {
      notices.notify(t('kano.wishes.removed', { name: wish.name }), {
        action: { label: t('nav.undo'), run: () => void undo() },
      });
    }
  };

  const onItemKey = (event: KeyboardEvent, wish: Wish, index: number) => {
    if (!event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(wish, index + (event.key === 'ArrowUp' ? -1 : 1));
    }
  };

  return (
    <section className="card">
      <div className="kano-section-head">
        <h2>{t('kano.wishes.title')}</h2>
        <button type="button" onClick={() => setPasting(true)}>
          {t('kano.wishes.paste')}
        </button>
      </div>
      <p className="muted">{t('kano.wishes.explanation')}</p>
      <form
        className="kano-wish-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label>
          {t('kano.wishes.name')}
          <input value={name} maxLength={MAX_WISH_NAME} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('kano.wishes.description')}
          <input
            value={description}
            maxLength={MAX_WISH_DESCRIPTION}
            onChange={(e) => setDescription(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={!name.trim()}>
          {t('kano.wishes.add')}
        </button>
      </form>
      {wishes.length === 0 ? (
        <p className="empty">{t('kano.wishes.empty')}</p>
      ) : (
        <ol className="stack-list kano-wishes">
          {wishes.map((wish, index) => (
            <li
              key={wish.id}
              data-testid="wish"
              tabIndex={0}
              draggable
              className={dragged === wish.id ? 'dragging' : undefined}
              onKeyDown={(e) => onItemKey(e, wish, index)}
              onDragStart={(e) => {
                e.dataTransfer.setData('text/plain', wish.id);
                e.dataTransfer.effectAllowed = 'move';
                setDragged(wish.id);
              }}
              onDragEnd={() => setDragged(null)}
              onDragOver={(e) => {
                if (dragged) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                const moving = wishes.find((w) => w.id === dragged);
                setDragged(null);
                if (moving && moving.id !== wish.id) move(moving, index);
              }}
            >
              <WishItem
                wish={wish}
                index={index}
                last={index === wishes.length - 1}
                answers={answerCounts.get(wish.id) ?? 0}
                onMove={(to) => move(wish, to)}
                onRemove={() => void remove(wish)}
              />
            </li>
          ))}
        </ol>
      )}
      <PasteDialog open={pasting} onClose={() => setPasting(false)} />
    </section>
  );
}

interface ItemProps {
  wish: Wish;
  index: number;
  last: boolean;
  answers: number;
  onMove(index: number): void;
  onRemove(): void;
}

function WishItem({ wish, index, last, answers, onMove, onRemove }: ItemProps) {
  const t = useT();
  const { session, execute } = useSession();
  const [editing, setEditing] = useState<Editing | null>(null);
  const ownQuestions = Boolean(wish.questionFunctional || wish.questionDysfunctional);

  const save = async () => {
    if (!editing) return;
    // One command: the name, the description and the questions are one undo step.
    const changed = await execute({
      type: 'kano.updateWish',
      id: wish.id,
      name: editing.name,
      description: editing.description,
      questionFunctional: editing.questionFunctional,
      questionDysfunctional: editing.questionDysfunctional,
    });
    if (changed) setEditing(null);
  };

  if (editing) {
    return (
      <form
        className="kano-wish-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
      >
        <label>
          {t('kano.wishes.name')}
          <input
            autoFocus
            value={editing.name}
            maxLength={MAX_WISH_NAME}
            onChange={(e) => setEditing({ ...editing, name: e.target.value })}
          />
        </label>
        <label>
          {t('kano.wishes.description')}
          <input
            value={editing.description}
            maxLength={MAX_WISH_DESCRIPTION}
            onChange={(e) => setEditing({ ...editing, description: e.target.value })}
          />
        </label>
        <button type="submit" className="primary" disabled={!editing.name.trim()}>
          {t('common.save')}
        </button>
        <button type="button" onClick={() => setEditing(null)}>
          {t('common.cancel')}
        </button>
        <QuestionFields
          // The defaults follow the name being typed, in the language participants read.
          defaults={kanoQuestions({ name: editing.name || wish.name }, session.language)}
          editing={editing}
          onChange={setEditing}
        />
      </form>
    );
  }
  return (
    <>
      <span className="kano-handle" aria-hidden="true">
        ⋮⋮
      </span>
      <span className="kano-wish-number">{index + 1}</span>
      <span className="kano-wish-text">
        <strong>{wish.name}</strong>
        {wish.description && <span className="muted">{wish.description}</span>}
        {ownQuestions && <span className="muted">{t('kano.wishes.ownQuestions')}</span>}
      </span>
      <span className="muted kano-wish-answers">
        {t('kano.wishes.answers', { count: answers })}
      </span>
      <span className="row-actions">
        <button
          type="button"
          aria-label={t('kano.wishes.moveUp', { name: wish.name })}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('kano.wishes.moveDown', { name: wish.name })}
          disabled={last}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          onClick={() =>
            setEditing({
              name: wish.name,
              description: wish.description,
              questionFunctional: wish.questionFunctional ?? '',
              questionDysfunctional: wish.questionDysfunctional ?? '',
            })
          }
        >
          {t('kano.wishes.edit')}
        </button>
        <button
          type="button"
          className="danger"
          aria-label={t('kano.wishes.remove', { name: wish.name })}
          onClick={onRemove}
        >
          {t('common.remove')}
        </button>
      </span>
    </>
  );
}

interface Editing {
  name: string;
  description: string;
  /** Empty: the default question. */
  questionFunctional: string;
  questionDysfunctional: string;
}

/** The wish's own two questions; the default shows greyed as the placeholder of an empty field. */
function QuestionFields(props: {
  defaults: { functional: string; dysfunctional: string };
  editing: Editing;
  onChange(editing: Editing): void;
}) {
  const t = useT();
  const { defaults, editing, onChange } = props;
  return (
    <fieldset className="kano-wish-questions">
      <legend>{t('kano.wishes.questions')}</legend>
      <p className="muted">{t('kano.wishes.questionsHint')}</p>
      <label>
        {t('kano.wishes.questionFunctional')}
        <input
          value={editing.questionFunctional}
          placeholder={defaults.functional}
          maxLength={MAX_WISH_QUESTION}
          onChange={(e) => onChange({ ...editing, questionFunctional: e.target.value })}
        />
      </label>
      <label>
        {t('kano.wishes.questionDysfunctional')}
        <input
          value={editing.questionDysfunctional}
          placeholder={defaults.dysfunctional}
          maxLength={MAX_WISH_QUESTION}
          onChange={(e) => onChange({ ...editing, questionDysfunctional: e.target.value })}
        />
      </label>
    </fieldset>
  );
}

/** Many wishes at once: one per line; empty lines and names that exist are skipped. */
function PasteDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const { session, execute } = useSession();
  const notices = useNotices();
  const [text, setText] = useState('');

  const submit = async () => {
    const lines = text.split(/\r?\n/);
    const taken = new Set(session.kano.wishes.map((w) => wishNameKey(w.name)));
    const wishes: { id: string; name: string; description: string }[] = [];
    for (const line of lines) {
      const name = line.trim().replace(/\s+/g, ' ').slice(0, 200);
      const key = wishNameKey(name);
      if (name === '' || taken.has(key)) continue;
      taken.add(key);
      wishes.push({ id: newId(), name, description: '' });
    }
    const skipped = lines.filter((l) => l.trim() !== '').length - wishes.length;
    if (wishes.length > 0 && !(await execute({ type: 'kano.addWishes', wishes }))) return;
    notices.notify(
      [
        t('kano.wishes.added', { count: wishes.length }),
        skipped > 0 ? t('kano.wishes.skipped', { count: skipped }) : '',
      ].join(' '),
    );
    setText('');
    onClose();
  };

  return (
    <Dialog
      title={t('kano.wishes.pasteTitle')}
      open={open}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel={t('kano.wishes.pasteAdd')}
    >
      <p>{t('kano.wishes.pasteExplanation')}</p>
      <label>
        {t('kano.wishes.pasteLines')}
        <textarea rows={10} autoFocus value={text} onChange={(e) => setText(e.target.value)} />
      </label>
    </Dialog>
  );
}
