import { useState } from 'react';
import { MAX_WORD, WORDS_PER_SIDE } from '../../../shared/culture/model';
import { cultureQuestions } from '../../../shared/culture/questions';
import { useT } from '../i18n';
import { DoneButton } from '../participant/DoneButton';
import type { ParticipantFormProps } from '../participant/types';
import type { CommandInput } from '../session/SessionContext';
import './culture.css';

const SLOTS = Array.from({ length: WORDS_PER_SIDE }, (_, i) => i);
type Side = 'current' | 'desired';

/** Eight empty boxes, or a phone's earlier answer to change. */
function startingWords(previous: CommandInput | undefined): Record<Side, string[]> {
  const entry = previous?.type === 'culture.addEntry' ? previous.entry : undefined;
  const fill = (words: readonly string[] | undefined) => SLOTS.map((i) => words?.[i] ?? '');
  return { current: fill(entry?.current), desired: fill(entry?.desired) };
}

/**
 * The culture part of the participant page: four words now and four words desired. Enter
 * moves to the next box (the shell does that); "Klaar" hands the eight boxes in.
 */
export function CultureParticipantForm(props: ParticipantFormProps) {
  const { session, group, answerId, previous, onPhone = false } = props;
  const t = useT();
  const questions = cultureQuestions(session.culture, session.language);
  const [words, setWords] = useState(() => startingWords(previous));
  const hasWords = [...words.current, ...words.desired].some((w) => w.trim() !== '');

  const boxes = (side: Side) => (
    <div className="culture-kiosk-words">
      {SLOTS.map((i) => (
        <input
          key={i}
          // Not on a phone: its keyboard would cover the question before it is read.
          autoFocus={!onPhone && side === 'current' && i === 0}
          aria-label={`${t(side === 'current' ? 'culture.current' : 'culture.desired')}: ${t('culture.kiosk.word', { n: i + 1 })}`}
          placeholder={t('culture.kiosk.word', { n: i + 1 })}
          value={words[side][i]}
          maxLength={MAX_WORD}
          autoComplete="off"
          enterKeyHint={side === 'desired' && i === WORDS_PER_SIDE - 1 ? 'done' : 'next'}
          onChange={(e) => {
            const value = e.target.value;
            setWords((all) => ({ ...all, [side]: all[side].map((w, j) => (j === i ? value : w)) }));
          }}
        />
      ))}
    </div>
  );

  return (
    <div className="culture-kiosk">
      <p className="culture-kiosk-intro">{t('culture.kiosk.intro')}</p>
      <section className="culture-kiosk-side culture-current">
        <h2>{questions.current}</h2>
        {boxes('current')}
      </section>
      <section className="culture-kiosk-side culture-desired">
        <h2>{questions.desired}</h2>
        {boxes('desired')}
      </section>
      <div className="culture-kiosk-actions">
        <DoneButton
          disabled={!hasWords}
          answer={() => ({
            type: 'culture.addEntry',
            entry: { id: answerId, participant: '', group, ...words },
          })}
        />
      </div>
    </div>
  );
}
