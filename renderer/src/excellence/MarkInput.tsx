import { useState, type KeyboardEvent } from 'react';
import { parseMark } from '../../../shared/excellence/csv';
import type { Language } from '../../../shared/session';
import { useT } from '../i18n';

interface MarkInputProps {
  value: number | null;
  label: string;
  language: Language;
  /** Position in the grid, for moving up and down with the keyboard. */
  row: number;
  column: number;
  onCommit(value: number | null): void;
}

/** Marks as the facilitator types them: "7,5" in Dutch, "7.5" in English; both are read. */
function shown(value: number | null, language: Language): string {
  if (value === null) return '';
  return language === 'nl' ? String(value).replace('.', ',') : String(value);
}

/** Moves the focus to the same column in another row of the grid, if there is one. */
export function focusGridCell(from: HTMLElement, row: number, column: number): boolean {
  const target = from
    .closest('table')
    ?.querySelector<HTMLElement>(`[data-grid-row="${row}"][data-grid-column="${column}"]`);
  target?.focus();
  return !!target;
}

/** One mark in the entry grid: saved when the focus leaves it, refused with a hint when wrong. */
export function MarkInput({ value, label, language, row, column, onCommit }: MarkInputProps) {
  const t = useT();
  const [text, setText] = useState(shown(value, language));
  const [invalid, setInvalid] = useState(false);
  // When the mark changes elsewhere (undo, the kiosk), show the new one unless this field is dirty.
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    setText(shown(value, language));
    setInvalid(false);
  }

  const commit = () => {
    const parsed = parseMark(text.trim());
    if (parsed === undefined) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (parsed !== value) onCommit(parsed);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const down = event.key === 'Enter' || event.key === 'ArrowDown';
    if (!down && event.key !== 'ArrowUp') return;
    event.preventDefault();
    commit();
    focusGridCell(event.currentTarget, down ? row + 1 : row - 1, column);
  };

  return (
    <input
      className={invalid ? 'mark-input invalid' : 'mark-input'}
      inputMode="decimal"
      aria-label={label}
      aria-invalid={invalid}
      title={invalid ? t('excellence.entry.invalid') : undefined}
      data-grid-row={row}
      data-grid-column={column}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
