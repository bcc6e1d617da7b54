const MARKS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface MarkButtonsProps {
  label: string;
  value: number | null;
  side: 'now' | 'target';
  onChange(value: number | null): void;
}

/** Ten large buttons for a mark; pressing the chosen one again takes it back. */
export function MarkButtons({ label, value, side, onChange }: MarkButtonsProps) {
  return (
    <div className={`mark-buttons side-${side}`} role="group" aria-label={label}>
      {MARKS.map((mark) => (
        <button
          key={mark}
          type="button"
          aria-pressed={value === mark}
          onClick={() => onChange(value === mark ? null : mark)}
        >
          {mark}
        </button>
      ))}
    </div>
  );
}
