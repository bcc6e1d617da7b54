import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { WORDS_PER_SIDE } from '../../../shared/culture/model';
import { cultureQuestions } from '../../../shared/culture/questions';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { newId } from '../../../shared/ids';
import { GroupSelect } from '../components/GroupSelect';
import { useSession } from '../session/SessionContext';
import './culture.css';

const SLOTS = Array.from({ length: WORDS_PER_SIDE }, (_, i) => i);
const emptyWords = () => SLOTS.map(() => '');
const THANKS_MS = 4000;

/**
 * Participant mode: one participant after another types four words now and four words desired
 * and presses "Klaar"; the form clears for the next person. Nothing here shows anyone's answers.
 * The page speaks the session's language, the language of the workshop.
 */
export function CultureKiosk() {
  const { session, execute } = useSession();
  const t = (key: MessageKey, params?: MessageParams) => translate(session.language, key, params);
  const questions = cultureQuestions(session.culture, session.language);
  const [current, setCurrent] = useState(emptyWords);
  const [desired, setDesired] = useState(emptyWords);
  const [group, setGroup] = useState('');
  const [thanks, setThanks] = useState(false);
  const [sending, setSending] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const hasWords = [...current, ...desired].some((w) => w.trim() !== '');

  useEffect(() => {
    if (!thanks) return;
    const timer = window.setTimeout(() => setThanks(false), THANKS_MS);
    return () => window.clearTimeout(timer);
  }, [thanks]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!hasWords || sending) return;
    setSending(true);
    const entry = { id: newId(), participant: '', group: group || null, current, desired };
    const ok = await execute({ type: 'culture.addEntry', entry });
    setSending(false);
    if (!ok) return;
    setCurrent(emptyWords());
    setDesired(emptyWords());
    setGroup('');
    setThanks(true);
    first.current?.focus();
  };

  /** Enter goes to the next box, so a participant cannot hand in half an answer by accident. */
  const moveOnWithEnter = (event: KeyboardEvent<HTMLInputElement>, slot: number) => {
    if (event.key !== 'Enter' || slot === 2 * WORDS_PER_SIDE - 1) return;
    event.preventDefault();
    event.currentTarget.form?.querySelector<HTMLInputElement>(`[data-slot="${slot + 1}"]`)?.focus();
  };

  const inputs = (
    words: string[],
    setWords: (words: string[]) => void,
    side: 'current' | 'desired',
  ) => (
    <div className="culture-kiosk-words">
      {SLOTS.map((i) => (
        <input
          key={i}
          ref={side === 'current' && i === 0 ? first : undefined}
          autoFocus={side === 'current' && i === 0}
          aria-label={`${t(side === 'current' ? 'culture.current' : 'culture.desired')}: ${t('culture.kiosk.word', { n: i + 1 })}`}
          placeholder={t('culture.kiosk.word', { n: i + 1 })}
          value={words[i]}
          maxLength={500}
          autoComplete="off"
          data-slot={side === 'current' ? i : WORDS_PER_SIDE + i}
          onChange={(e) => setWords(words.map((w, j) => (j === i ? e.target.value : w)))}
          onKeyDown={(e) => moveOnWithEnter(e, side === 'current' ? i : WORDS_PER_SIDE + i)}
        />
      ))}
    </div>
  );

  return (
    <form className="culture-kiosk" onSubmit={(event) => void submit(event)}>
      <p className="culture-kiosk-intro">{t('culture.kiosk.intro')}</p>
      <section className="culture-kiosk-side culture-current">
        <h2>{questions.current}</h2>
        {inputs(current, setCurrent, 'current')}
      </section>
      <section className="culture-kiosk-side culture-desired">
        <h2>{questions.desired}</h2>
        {inputs(desired, setDesired, 'desired')}
      </section>
      {session.groups.length > 0 && (
        <label className="culture-kiosk-group">
          {t('culture.kiosk.group')}
          <GroupSelect
            groups={session.groups}
            emptyLabel={t('culture.kiosk.noGroup')}
            value={group}
            onChange={(e) => setGroup(e.target.value)}
          />
        </label>
      )}
      <div className="culture-kiosk-actions">
        <button type="submit" className="primary" disabled={!hasWords || sending}>
          {t('culture.kiosk.done')}
        </button>
        <p className="culture-kiosk-thanks" role="status">
          {thanks ? t('culture.kiosk.thanks') : ''}
        </p>
      </div>
    </form>
  );
}
