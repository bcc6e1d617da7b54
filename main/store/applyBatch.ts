import type { Command } from '../../shared/commands';
import type { Session } from '../../shared/session';
import { applyChanges, recordNotUndoable, recordUndoable, type History } from './history';

/** One caller's change: its commands (all or none) and whether undo may take it back. */
export interface Change {
  readonly commands: readonly Command[];
  readonly undoable: boolean;
}

export interface BatchOutcome {
  /** The session after every change that was accepted (the same object when none was). */
  session: Session;
  /** Per change, in order: undefined when accepted, else why it was refused. */
  refusals: unknown[];
}

/**
 * Applies the changes that waited for one write (group commit), in order of arrival, each on
 * its own: checked against the session as the changes before it left it; one that is refused
 * is left out and the others still land. Each accepted undoable change becomes its own undo
 * step in `draft` (a draft: the store keeps it only once the file is written).
 */
export function applyBatch(
  session: Session,
  draft: History,
  changes: readonly Change[],
): BatchOutcome {
  let current = session;
  const refusals: unknown[] = [];
  // Answers are recorded together, but never past an undoable change that came after them.
  let answers: (readonly Command[])[] = [];
  for (const change of changes) {
    let next: Session;
    try {
      next = applyChanges(current, [change.commands]);
    } catch (error) {
      refusals.push(error);
      continue;
    }
    refusals.push(undefined);
    if (change.undoable) {
      recordNotUndoable(draft, answers);
      answers = [];
      recordUndoable(draft, current, change.commands);
    } else {
      answers.push(change.commands);
    }
    current = next;
  }
  recordNotUndoable(draft, answers);
  return { session: current, refusals };
}
