import { AppError } from './errors';
import type { Group, Session } from './session';

// One collator for every comparison: `localeCompare` with options builds a new one per call,
// which made a 10,000-row import with groups take a second.
const groupNameCollator = new Intl.Collator(undefined, { sensitivity: 'accent' });

/**
 * Whether two group names are the same group: case does not matter, accents do. The one rule
 * for session.addGroup/renameGroup (a duplicate), the CSV imports and the CLI's --group NAME.
 */
export function sameGroupName(a: string, b: string): boolean {
  return a === b || groupNameCollator.compare(a, b) === 0;
}

/** The first group whose name is the same as `name` (see sameGroupName). */
export function findGroupByName<G extends { name: string }>(
  groups: readonly G[],
  name: string,
): G | undefined {
  return groups.find((g) => sameGroupName(g.name, name));
}

/** A command naming a group (or null, no group) may only name a group of the session. */
export function assertGroupExists(session: Session, groupId: string | null): void {
  if (groupId !== null && !session.groups.some((g) => g.id === groupId)) {
    throw new AppError('invalidCommand', `There is no group with id ${groupId}.`);
  }
}

/**
 * Group names of an import → group ids: a session group of that name, else a new group, made
 * once per name (`created`, in the order first named, for the `session.addGroup` commands).
 */
export class GroupResolver {
  readonly created: Group[] = [];

  constructor(
    private readonly existing: readonly Group[],
    private readonly makeId: () => string,
  ) {}

  /** The session's groups and the new ones. */
  get all(): Group[] {
    return [...this.existing, ...this.created];
  }

  /** The group of that name, existing or new; undefined if there is none yet. */
  find(name: string): Group | undefined {
    return findGroupByName(this.existing, name) ?? findGroupByName(this.created, name);
  }

  /** The id of the group of that name, made now if there is none yet. */
  resolve(name: string): string {
    const known = this.find(name);
    if (known) return known.id;
    const group = { id: this.makeId(), name };
    this.created.push(group);
    return group.id;
  }
}
