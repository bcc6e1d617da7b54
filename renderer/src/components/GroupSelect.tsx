import type { ReactNode, SelectHTMLAttributes } from 'react';
import type { Group } from '../../../shared/session';

type GroupSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & {
  groups: readonly Group[];
  /** The first option, value "": no group, or everyone. */
  emptyLabel: string;
  /** Options after the groups. */
  children?: ReactNode;
};

/** A drop-down of the session's groups (value: the group's id), led by an option with value "". */
export function GroupSelect({ groups, emptyLabel, children, ...select }: GroupSelectProps) {
  return (
    <select {...select}>
      <option value="">{emptyLabel}</option>
      {groups.map((g) => (
        <option key={g.id} value={g.id}>
          {g.name}
        </option>
      ))}
      {children}
    </select>
  );
}
