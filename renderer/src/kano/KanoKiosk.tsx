import { useState } from 'react';
import { newId } from '../../../shared/ids';
import { KANO_ANSWERS, type KanoAnswer } from '../../../shared/kano/evaluation';
import type { KanoResponse, Wish } from '../../../shared/kano/model';
import { useT } from '../i18n';
import { KioskGroupButtons } from '../kiosk/KioskGroupButtons';
import { useSession } from '../session/SessionContext';
import './kano.css';

interface Draft {
  functional?: KanoAnswer;
  dysfunctional?: KanoAnswer;
  importance?: number;
}

const IMPORTANCE = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * Participant mode: every wish with its two questions as large buttons and an optional
 * importance; "Done" stores one anonymous respondent and the next person gets a clean form.
 */
export function KanoKiosk() {
  const t = useT();
  const { session, execute } = useSession();
  const { wishes } = session.kano;
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [group, setGroup] = useState<string | null>(null);
  const [thanked, setThanked] = useState(false);

  const complete = Object.entries(drafts).flatMap(([wishId, d]) =>
    d.functional && d.dysfunctional && wishes.some((w) => w.id === wishId)
      ? [[wishId, d] as const]
      : [],
  );

  const update = (wishId: string, change: Draft) =>
    setDrafts((all) => ({ ...all, [wishId]: { ...all[wishId], ...change } }));

  const submit = async () => {
    const answers: Record<string, KanoResponse> = {};
    for (const [wishId, d] of complete) {
      answers[wishId] = {
        functional: d.functional as KanoAnswer,
        dysfunctional: d.dysfunctional as KanoAnswer,
        importance: d.importance ?? null,
      };
    }
    const respondent = { id: newId(), label: '', group, answers };
    if (await execute({ type: 'kano.addRespondent', respondent })) {
      setDrafts({});
      setGroup(null);
      setThanked(true);
      window.scrollTo(0, 0);
    }
  };

  if (thanked) {
    return (
      <div className="kano-kiosk kano-kiosk-thanks">
        <p>{t('kano.kiosk.thanks')}</p>
        <button type="button" className="primary" autoFocus onClick={() => setThanked(false)}>
          {t('kano.kiosk.next')}
        </button>
      </div>
    );
  }
  if (wishes.length === 0) return <p className="empty">{t('kano.kiosk.noWishes')}</p>;
  return (
    <div className="kano-kiosk">
      <h1>{t('kano.kiosk.intro')}</h1>
      {session.groups.length > 0 && (
        <fieldset className="kano-kiosk-group">
          <legend>{t('kano.kiosk.group')}</legend>
          <KioskGroupButtons groups={session.groups} value={group} onChange={setGroup} />
        </fieldset>
      )}
      {wishes.map((wish) => (
        <WishQuestions
          key={wish.id}
          wish={wish}
          draft={drafts[wish.id] ?? {}}
          onChange={(change) => update(wish.id, change)}
        />
      ))}
      <div className="kano-kiosk-footer">
        <span>{t('kano.kiosk.progress', { done: complete.length, total: wishes.length })}</span>
        <button
          type="button"
          className="primary"
          disabled={complete.length === 0}
          onClick={() => void submit()}
        >
          {t('kano.kiosk.done')}
        </button>
      </div>
    </div>
  );
}

function WishQuestions(props: { wish: Wish; draft: Draft; onChange(change: Draft): void }) {
  const t = useT();
  const { wish, draft, onChange } = props;
  const question = (side: 'functional' | 'dysfunctional') => (
    <fieldset className="kano-kiosk-question">
      <legend>{t(`kano.kiosk.${side}`, { wish: wish.name })}</legend>
      <div className="kano-kiosk-answers">
        {KANO_ANSWERS.map((answer) => (
          <button
            key={answer}
            type="button"
            aria-pressed={draft[side] === answer}
            onClick={() => onChange({ [side]: answer })}
          >
            {t(`kano.answer.${answer}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
  return (
    <section className="kano-kiosk-wish" data-testid="kiosk-wish">
      <h2>{wish.name}</h2>
      {wish.description && <p className="muted">{wish.description}</p>}
      {question('functional')}
      {question('dysfunctional')}
      <fieldset className="kano-kiosk-question">
        <legend>{t('kano.kiosk.importance')}</legend>
        <div className="kano-kiosk-importance">
          {IMPORTANCE.map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={draft.importance === value}
              onClick={() =>
                onChange({ importance: draft.importance === value ? undefined : value })
              }
            >
              {value}
            </button>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
