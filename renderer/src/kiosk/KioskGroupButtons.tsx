import type { Group } from '../../../shared/session';

/**
 * The participant picks their group with large buttons; pressing the chosen one again un-picks
 * it (no group). Only the buttons: the page puts them in its own group box and heading.
 */
export function KioskGroupButtons({
  groups,
  value,
  onChange,
}: {
  groups: readonly Group[];
  value: string | null;
  onChange(group: string | null): void;
}) {
  return (
    <>
      {groups.map((g) => (
        <button
          key={g.id}
          type="button"
          aria-pressed={value === g.id}
          onClick={() => onChange(value === g.id ? null : g.id)}
        >
          {g.name}
        </button>
      ))}
    </>
  );
}
