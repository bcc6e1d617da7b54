import { useState, type ReactNode } from 'react';
import { KANO_ANSWERS, type KanoAnswer } from '../../../shared/kano/evaluation';
import type { KanoResponse, Wish } from '../../../shared/kano/model';
import { kanoQuestions } from '../../../shared/kano/questions';
import { useLanguage, useT } from '../i18n';
import { DoneButton } from '../participant/DoneButton';
import type { ParticipantFormProps } from '../participant/types';
import type { CommandInput } from '../session/SessionContext';
import './kano.css';

interface Draft {
  functional?: KanoAnswer;
  dysfunctional?: KanoAnswer;
  importance?: number;
}

const IMPORTANCE = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Nothing answered yet, or a phone's earlier answers to change. */
function startingDrafts(previous: CommandInput | undefined): Record<string, Draft> {
  if (previous?.type !== 'kano.addRespondent') return {};
  return Object.fromEntries(
    Object.entries(previous.respondent.answers ?? {}).map(([wishId, response]) => [
      wishId,
      {
        functional: response.functional as KanoAnswer,
        dysfunctional: response.dysfunctional as KanoAnswer,
        importance: response.importance ?? undefined,
      },
    ]),
  );
}

/**
 * The Kano part of the participant page: every wish with its two questions as large buttons
 * and an optional importance. "Klaar" hands in the wishes answered on both questions.
 */
export function KanoParticipantForm(props: ParticipantFormProps) {
  const { session, group, answerId, previous, onPhone = false } = props;
  const t = useT();
  const { wishes } = session.kano;
  const [drafts, setDrafts] = useState(() => startingDrafts(previous));
  // "Klaar" with open wishes asks once: the participant sees which, then may send anyway.
  const [asking, setAsking] = useState(false);
  const [asked, setAsked] = useState(false);

  const complete = wishes.flatMap((wish) => {
    const d = drafts[wish.id];
    return d?.functional && d.dysfunctional ? [[wish.id, d] as const] : [];
  });

  const update = (wishId: string, change: Draft) =>
    setDrafts((all) => ({ ...all, [wishId]: { ...all[wishId], ...change } }));

  const answers = () => {
    const result: Record<string, KanoResponse> = {};
    for (const [wishId, d] of complete) {
      result[wishId] = {
        functional: d.functional as KanoAnswer,
        dysfunctional: d.dysfunctional as KanoAnswer,
        importance: d.importance ?? null,
      };
    }
    return result;
  };

  if (wishes.length === 0) return <p className="empty">{t('kano.kiosk.noWishes')}</p>;
  const progress = t('kano.kiosk.progress', { done: complete.length, total: wishes.length });
  const answered = new Set(complete.map(([wishId]) => wishId));
  const open = wishes.filter((wish) => !answered.has(wish.id));
  const command = (): CommandInput => ({
    type: 'kano.addRespondent',
    respondent: { id: answerId, label: '', group, answers: answers() },
  });
  const done = (
    <DoneButton
      disabled={complete.length === 0}
      answer={command}
      ask={() => {
        if (asked || open.length === 0) return false;
        setAsking(true);
        setAsked(true);
        return true;
      }}
    />
  );
  const openNotice =
    asking && open.length > 0 ? (
      <OpenWishes open={open} onKeepAnswering={() => setAsking(false)} answer={command} />
    ) : null;
  if (onPhone) {
    return (
      <WishPerScreen
        wishes={wishes}
        drafts={drafts}
        onChange={update}
        progress={progress}
        done={done}
        notice={openNotice}
      />
    );
  }
  return (
    <div className="kano-kiosk">
      <h1>{t('kano.kiosk.intro')}</h1>
      {wishes.map((wish) => (
        <WishQuestions
          key={wish.id}
          wish={wish}
          draft={drafts[wish.id] ?? {}}
          onChange={(change) => update(wish.id, change)}
        />
      ))}
      <div className="kano-kiosk-footer">
        {openNotice}
        <span>{progress}</span>
        {done}
      </div>
    </div>
  );
}

/**
 * On a phone: one wish per screen, with back and next. "Klaar" is on the last wish, in the
 * middle, never where "Volgende" was: a double tap on the one before cannot hand in unseen.
 */
function WishPerScreen(props: {
  wishes: readonly Wish[];
  drafts: Record<string, Draft>;
  onChange(wishId: string, change: Draft): void;
  progress: string;
  done: ReactNode;
  /** The question about open wishes, after "Klaar". */
  notice: ReactNode;
}) {
  const t = useT();
  const { wishes, drafts, onChange, progress, done, notice } = props;
  const [index, setIndex] = useState(0);
  // The facilitator may remove a wish while a phone is answering: stay within the list.
  const at = Math.min(index, wishes.length - 1);
  const wish = wishes[at]!;
  const last = at === wishes.length - 1;
  const go = (to: number) => {
    setIndex(to);
    window.scrollTo(0, 0);
  };
  return (
    <div className="kano-kiosk kano-phone">
      <div className="kano-phone-step">
        <span>{t('live.phone.wishStep', { n: at + 1, total: wishes.length })}</span>
        <progress max={wishes.length} value={at + 1} />
      </div>
      {at === 0 && <p className="kano-phone-intro">{t('kano.kiosk.intro')}</p>}
      <WishQuestions
        key={wish.id}
        wish={wish}
        draft={drafts[wish.id] ?? {}}
        onChange={(change) => onChange(wish.id, change)}
      />
      <p className="muted kano-phone-progress">{progress}</p>
      {notice}
      <div className="kano-phone-nav">
        <button
          type="button"
          className="kano-phone-back"
          disabled={at === 0}
          onClick={() => go(at - 1)}
        >
          ← {t('common.previous')}
        </button>
        {last ? (
          done
        ) : (
          <button
            type="button"
            className="primary kano-phone-next"
            // The second click of a double click (detail 2) would skip a wish unseen.
            onClick={(event) => event.detail < 2 && go(at + 1)}
          >
            {t('common.next')} →
          </button>
        )}
      </div>
    </div>
  );
}

/** The wishes still open after "Klaar", with the choice to answer them or send anyway. */
function OpenWishes(props: {
  open: readonly Wish[];
  onKeepAnswering(): void;
  answer(): CommandInput;
}) {
  const t = useT();
  const { open, onKeepAnswering, answer } = props;
  return (
    <div className="kano-open-wishes" role="alert" data-testid="kano-open-wishes">
      <strong>{t('kano.kiosk.openTitle', { count: open.length })}</strong>
      <ul>
        {open.map((wish) => (
          <li key={wish.id}>{wish.name}</li>
        ))}
      </ul>
      <p>{t('kano.kiosk.openHint')}</p>
      <div className="kano-open-actions">
        <button type="button" className="primary" onClick={onKeepAnswering}>
          {t('kano.kiosk.keepAnswering')}
        </button>
        <DoneButton answer={answer} label={t('kano.kiosk.sendAnyway')} />
      </div>
    </div>
  );
}

function WishQuestions(props: { wish: Wish; draft: Draft; onChange(change: Draft): void }) {
  const { t, language } = useLanguage();
  const { wish, draft, onChange } = props;
  const questions = kanoQuestions(wish, language);
  const question = (side: 'functional' | 'dysfunctional') => (
    <fieldset className="kano-kiosk-question">
      <legend>{questions[side]}</legend>
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
