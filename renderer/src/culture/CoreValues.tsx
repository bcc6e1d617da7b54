import { useRef } from 'react';
import type { CultureAnalysis } from '../../../shared/culture/analysis';
import { MAX_CORE_VALUES, type CoreValue } from '../../../shared/culture/model';
import { useFocusRequest } from '../components/useFocusRequest';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { CoreValueCard } from './CoreValueCard';
import { emptyCoreValue, outsideAdvice } from './coreValueText';

interface CoreValuesProps {
  analysis: CultureAnalysis;
  values: readonly CoreValue[];
}

/**
 * "Ons cultuur-DNA": the codified culture the group writes from the words to keep and to
 * develop. Three to seven values is the advice; other numbers get a note, never a block.
 */
export function CoreValues({ analysis, values }: CoreValuesProps) {
  const t = useT();
  const { execute } = useSession();
  // A new value's name gets the focus once its card is there: the card may appear with the
  // store's answer or earlier, with the change pushed to this window.
  const section = useRef<HTMLElement>(null);
  const focusName = useFocusRequest<string>((id) =>
    section.current?.querySelector<HTMLElement>(
      `[data-core-value="${id}"] .culture-core-value-name`,
    ),
  );
  const sources = [...analysis.steered.keep, ...analysis.steered.develop];
  // Every word either side ever had, so a value still names a word moved to "let go" later.
  const spellings = new Map(
    [...analysis.current, ...analysis.desired].map((word) => [word.key, word.word]),
  );
  const wordOf = (key: string) => spellings.get(key) ?? key;

  const add = async () => {
    const value = emptyCoreValue();
    focusName(value.id);
    if (!(await execute({ type: 'culture.addCoreValue', value }))) focusName(null);
  };

  return (
    <section
      ref={section}
      className="culture-dna"
      data-testid="core-values"
      aria-labelledby="culture-dna-title"
    >
      <div className="culture-card-head">
        <h2 id="culture-dna-title">{t('culture.dna.title')}</h2>
        <button
          type="button"
          className="primary"
          disabled={values.length >= MAX_CORE_VALUES}
          onClick={() => void add()}
        >
          {t('culture.dna.add')}
        </button>
      </div>
      <p className="muted">{t('culture.dna.hint')}</p>
      {outsideAdvice(values.length) && (
        <p className="culture-dna-advice" role="status" data-testid="core-values-advice">
          {t('culture.dna.advice', { count: values.length })}
        </p>
      )}
      {values.length === 0 ? (
        <p className="muted">{t('culture.dna.empty')}</p>
      ) : (
        <div className="culture-core-values">
          {values.map((value, index) => (
            <CoreValueCard
              key={value.id}
              value={value}
              index={index}
              count={values.length}
              wordOf={wordOf}
              candidates={sources.filter((word) => !value.words.includes(word.key))}
            />
          ))}
        </div>
      )}
    </section>
  );
}
