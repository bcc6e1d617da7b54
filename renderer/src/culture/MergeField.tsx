import { useState, type ChangeEvent } from 'react';
import { MAX_WORD } from '../../../shared/culture/model';
import { useT } from '../i18n';

interface MergeFieldProps {
  /** The word of this row, as shown. */
  word: string;
  /** The id of the one list of every word (a <datalist>) the field suggests from. */
  listId: string;
  /** The key of the word typed or picked, or null when there is no such word (or it is this one). */
  find(text: string): string | null;
  onMerge(intoKey: string): void;
}

/**
 * "Merge into…" for one word: type to search the list of words, then pick a suggestion or
 * press Enter. One shared list serves every row: a drop-down per row listing every other word
 * held hundreds of thousands of options for a large session.
 */
export function MergeField({ word, listId, find, onMerge }: MergeFieldProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [unknown, setUnknown] = useState(false);

  const commit = (value: string) => {
    if (value.trim() === '') return;
    const into = find(value);
    if (into === null) {
      setUnknown(true);
      return;
    }
    setText('');
    onMerge(into);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    setUnknown(false);
    // A suggestion picked from the list: Chromium sends a plain input event for it.
    const native = event.nativeEvent;
    const picked = !(native instanceof InputEvent) || native.inputType === 'insertReplacementText';
    if (picked) commit(event.target.value);
  };

  return (
    <input
      className="culture-merge-field"
      list={listId}
      aria-label={t('culture.words.mergeLabel', { word })}
      placeholder={t('culture.words.mergeInto')}
      aria-invalid={unknown}
      title={unknown ? t('culture.words.mergeUnknown', { word: text }) : undefined}
      maxLength={MAX_WORD}
      value={text}
      onChange={onChange}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit(text);
        } else if (event.key === 'Escape') {
          setText('');
          setUnknown(false);
        }
      }}
    />
  );
}
