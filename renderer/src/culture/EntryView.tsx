import { useState } from 'react';
import { MAX_QUESTION } from '../../../shared/culture/model';
import { cultureQuestions } from '../../../shared/culture/questions';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { EntryGrid } from './EntryGrid';

/** The facilitator's entry screen: the question texts and the grid (CSV import: the tab's bar). */
export function EntryView() {
  const t = useT();
  const { session } = useSession();
  return (
    <>
      <QuestionsCard
        key={`${session.culture.questionCurrent}\n${session.culture.questionDesired}`}
      />
      <section className="card">
        <div className="culture-card-head">
          <h2>{t('culture.grid.title')}</h2>
        </div>
        <p className="muted">{t('culture.grid.hint')}</p>
        <EntryGrid />
      </section>
    </>
  );
}

/** Keyed by the stored texts, so an undo shows the restored texts. */
function QuestionsCard() {
  const t = useT();
  const { session, execute } = useSession();
  const { questionCurrent, questionDesired } = session.culture;
  const defaults = cultureQuestions(
    { ...session.culture, questionCurrent: null, questionDesired: null },
    session.language,
  );
  const [current, setCurrent] = useState(questionCurrent ?? '');
  const [desired, setDesired] = useState(questionDesired ?? '');
  const changed = current !== (questionCurrent ?? '') || desired !== (questionDesired ?? '');

  return (
    <section className="card">
      <h2>{t('culture.questions')}</h2>
      <form
        className="culture-questions"
        onSubmit={(event) => {
          event.preventDefault();
          void execute({ type: 'culture.setQuestions', current, desired });
        }}
      >
        <label>
          {t('culture.questionCurrent')}
          <input
            value={current}
            maxLength={MAX_QUESTION}
            placeholder={defaults.current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </label>
        <label>
          {t('culture.questionDesired')}
          <input
            value={desired}
            maxLength={MAX_QUESTION}
            placeholder={defaults.desired}
            onChange={(e) => setDesired(e.target.value)}
          />
        </label>
        <div className="culture-questions-actions">
          <span className="muted">{t('culture.questionsHint')}</span>
          <button type="submit" className="primary" disabled={!changed}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
