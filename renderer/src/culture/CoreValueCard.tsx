import { useEffect, useRef } from 'react';
import type { KeptWord } from '../../../shared/culture/analysis';
import {
  MAX_CORE_VALUE_MEANING,
  MAX_CORE_VALUE_NAME,
  MAX_CORE_VALUE_WORDS,
  type CoreValue,
} from '../../../shared/culture/model';
import { useT } from '../i18n';
import { useAutosaveField } from '../report/useAutosaveField';
import { useSession } from '../session/SessionContext';
import { behavioursOf, behavioursText } from './coreValueText';
import { MenuButton } from './MenuButton';
import { useWordDrop } from './wordDrag';

interface CoreValueCardProps {
  value: CoreValue;
  index: number;
  count: number;
  /** The shown spelling of a word's key. */
  wordOf(key: string): string;
  /** Keep and develop words not in this value yet, for the "add word" menu. */
  candidates: readonly KeptWord[];
}

/**
 * One core value, written large for the projector: name, meaning, what we do and stop doing,
 * and the words it came from. The fields save while typing, like the report's fields.
 */
export function CoreValueCard({ value, index, count, wordOf, candidates }: CoreValueCardProps) {
  const t = useT();
  const { execute } = useSession();
  // Fields save one after another (the name on blur, then the meaning): each update carries
  // the edits before it even when the session has not come back with them yet.
  const latest = useRef(value);
  const pending = useRef(0);
  useEffect(() => {
    if (pending.current === 0) latest.current = value;
  }, [value]);
  const update = (change: Partial<CoreValue>) => {
    latest.current = { ...latest.current, ...change };
    pending.current += 1;
    void execute({ type: 'culture.updateCoreValue', value: latest.current }).finally(() => {
      pending.current -= 1;
    });
  };
  const addWord = (key: string) => {
    const words = latest.current.words;
    if (!words.includes(key) && words.length < MAX_CORE_VALUE_WORDS) {
      update({ words: [...words, key] });
    }
  };

  const drop = useWordDrop('copy', addWord);

  const title = value.name.trim() || t('culture.dna.untitled', { n: index + 1 });
  const name = useAutosaveField<HTMLTextAreaElement>(
    value.name,
    (text) => update({ name: text }),
    (text) => text.replace(/\s*\n\s*/g, ' '),
  );
  const meaning = useAutosaveField<HTMLTextAreaElement>(value.meaning, (text) =>
    update({ meaning: text }),
  );
  const doing = useAutosaveField<HTMLTextAreaElement>(
    behavioursText(value.doing),
    (text) => update({ doing: behavioursOf(text) }),
    (text) => behavioursText(behavioursOf(text)),
  );
  const notDoing = useAutosaveField<HTMLTextAreaElement>(
    behavioursText(value.notDoing),
    (text) => update({ notDoing: behavioursOf(text) }),
    (text) => behavioursText(behavioursOf(text)),
  );

  const behaviours = [
    { className: 'culture-doing', mark: '✓', label: t('culture.dna.doing'), field: doing },
    {
      className: 'culture-not-doing',
      mark: '✗',
      label: t('culture.dna.notDoing'),
      field: notDoing,
    },
  ];

  return (
    <article
      className={`culture-core-value${drop.over ? ' culture-drop-target' : ''}`}
      data-testid="core-value"
      data-core-value={value.id}
      aria-label={t('culture.dna.number', { n: index + 1 })}
      {...drop.handlers}
    >
      <div className="culture-core-value-head">
        <span className="culture-core-value-number" aria-hidden="true">
          {index + 1}
        </span>
        {/* A text area so a long name wraps on the projector; it stays one line of text. */}
        <textarea
          {...name}
          className="culture-core-value-name"
          aria-label={`${t('culture.dna.name')} (${index + 1})`}
          placeholder={t('culture.dna.namePlaceholder')}
          maxLength={MAX_CORE_VALUE_NAME}
          rows={1}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      <textarea
        {...meaning}
        className="culture-core-value-meaning"
        aria-label={`${t('culture.dna.meaning')} (${index + 1})`}
        placeholder={t('culture.dna.meaningPlaceholder')}
        maxLength={MAX_CORE_VALUE_MEANING}
        rows={2}
      />
      <div className="culture-core-value-behaviours">
        {behaviours.map(({ className, mark, label, field }) => (
          <label key={className} className={className}>
            <span>
              {mark} {label}
            </span>
            <textarea
              {...field}
              aria-label={`${label} (${index + 1})`}
              title={t('culture.dna.linesHint')}
              rows={3}
            />
          </label>
        ))}
      </div>
      <div className="culture-core-value-words">
        <span className="muted">{t('culture.dna.words')}:</span>
        {value.words.length === 0 && <span className="muted">{t('culture.dna.noWords')}</span>}
        {value.words.map((key) => (
          <span key={key} className="culture-chip">
            {wordOf(key)}
            <button
              type="button"
              aria-label={t('culture.dna.removeWord', { word: wordOf(key), name: title })}
              onClick={() => update({ words: latest.current.words.filter((word) => word !== key) })}
            >
              ×
            </button>
          </span>
        ))}
        {candidates.length > 0 && (
          <MenuButton
            className="culture-add-word"
            label={t('culture.dna.addWordLabel', { name: title })}
            items={candidates.map((word) => ({
              id: word.key,
              label: word.word,
              onSelect: () => addWord(word.key),
            }))}
          >
            {t('culture.dna.addWord')}
          </MenuButton>
        )}
      </div>
      <div className="culture-core-value-actions">
        <button
          type="button"
          disabled={index === 0}
          onClick={() =>
            void execute({ type: 'culture.moveCoreValue', id: value.id, index: index - 1 })
          }
        >
          ↑ {t('culture.dna.up')}
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          onClick={() =>
            void execute({ type: 'culture.moveCoreValue', id: value.id, index: index + 1 })
          }
        >
          ↓ {t('culture.dna.down')}
        </button>
        <button
          type="button"
          aria-label={t('culture.dna.deleteLabel', { name: title })}
          onClick={() => void execute({ type: 'culture.deleteCoreValue', id: value.id })}
        >
          {t('culture.dna.delete')}
        </button>
      </div>
    </article>
  );
}
