import { apply, type Command } from '../../shared/commands';
import { AppError } from '../../shared/errors';
import { sessionSchema, type Session } from '../../shared/session';
import { freezeBeforeApply } from './freezeBeforeApply';
import { validateChange } from './validateChange';

/** How many changes undo can take back per session (in memory, for this run of the app). */
export const UNDO_LIMIT = 100;

/**
 * One change the facilitator can take back: the session before it, its commands (to do it again
 * on a session that has moved on), and the changes that are not undoable (participants'
 * answers from phones or participant mode) made after it, in order.
 */
export interface UndoStep {
  readonly before: Session;
  readonly commands: readonly Command[];
  readonly later: readonly (readonly Command[])[];
}

/** A change taken back: `after` is exactly what it was while nothing else changed since. */
export interface RedoStep {
  readonly after: Session;
  readonly commands: readonly Command[];
  /** The history's `version` right after the undo; unchanged since means `after` still fits. */
  readonly atVersion: number;
}

/**
 * A session's undo and redo history. Participants' answers are not on it: Ctrl+Z must never take
 * back a participant's answer. So undoing a change that answers came after puts back the
 * session before it with those answers made again on top (a facilitator undoing a merge keeps
 * the phones' later answers); when an answer no longer fits without the change (a group it
 * chose is gone), the undo is refused and nothing changes. Redo does the change's commands again
 * on the session as it is, or puts back the very session it undid when nothing changed since.
 *
 * The store works on a draft (`draftOf`) and keeps it only once the change is on disk: a failed
 * write leaves the history as it was. Steps themselves are never changed, only replaced.
 */
export interface History {
  undo: UndoStep[];
  redo: RedoStep[];
  /** Counts the changes recorded; a redo step knows whether anything happened since its undo. */
  version: number;
}

export function emptyHistory(): History {
  return { undo: [], redo: [], version: 0 };
}

/** A copy to change; the steps are shared, never changed in place. */
export function draftOf(history: History): History {
  return { undo: history.undo.slice(), redo: history.redo.slice(), version: history.version };
}

export function canUndo(history: History): boolean {
  return history.undo.length > 0;
}

export function canRedo(history: History): boolean {
  return history.redo.length > 0;
}

/** A facilitator's change (one step, however many commands), made on `before`. */
export function recordUndoable(
  draft: History,
  before: Session,
  commands: readonly Command[],
): void {
  draft.undo.push({ before, commands, later: [] });
  if (draft.undo.length > UNDO_LIMIT) draft.undo.shift();
  draft.redo = [];
  draft.version++;
}

/**
 * Changes that are not undoable (participants' answers), in order: they stay whatever the
 * facilitator undoes or redoes. The redo steps stay too (they are done again on top of them).
 */
export function recordNotUndoable(draft: History, changes: readonly (readonly Command[])[]): void {
  if (changes.length === 0) return;
  draft.version++;
  const top = draft.undo.at(-1);
  if (!top) return;
  draft.undo[draft.undo.length - 1] = { ...top, later: [...top.later, ...changes] };
}

/**
 * Takes back the last undoable change of `current`: returns the session to write, and moves
 * the step to redo in `draft`. AppError 'nothingToUndo', or 'invalidCommand' when answers made
 * after the change do not fit without it (nothing changes then).
 */
export function undoInto(draft: History, current: Session): Session {
  const step = draft.undo.pop();
  if (!step) throw new AppError('nothingToUndo', 'There is nothing to undo.');
  let target = step.before;
  if (step.later.length > 0) {
    try {
      target = applyChanges(step.before, step.later);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      throw new AppError(
        'invalidCommand',
        'This change cannot be undone: participants answered after it, and their answers need it.',
        { messageKey: 'error.undoKeepsAnswers' },
      );
    }
    // Those answers now follow the step before, should that one be undone as well.
    const below = draft.undo.at(-1);
    if (below)
      draft.undo[draft.undo.length - 1] = { ...below, later: [...below.later, ...step.later] };
  }
  draft.version++;
  draft.redo.push({ after: current, commands: step.commands, atVersion: draft.version });
  return target;
}

/**
 * Does the last undone change again: returns the session to write, and moves the step back to
 * undo in `draft`. AppError 'nothingToRedo', or the command's own refusal when it no longer fits
 * the session as it is now.
 */
export function redoInto(draft: History, current: Session): Session {
  const step = draft.redo.at(-1);
  if (!step) throw new AppError('nothingToRedo', 'There is nothing to redo.');
  const target =
    step.atVersion === draft.version ? step.after : applyChanges(current, [step.commands]);
  draft.redo.pop();
  draft.undo.push({ before: current, commands: step.commands, later: [] });
  if (draft.undo.length > UNDO_LIMIT) draft.undo.shift();
  draft.version++;
  return target;
}

/**
 * The changes applied to `session` in order, each command checked as the store checks a new
 * one (validateChange); throws the first refusal.
 */
export function applyChanges(session: Session, changes: readonly (readonly Command[])[]): Session {
  let next = session;
  for (const commands of changes) {
    let changed = next;
    for (const command of commands) changed = apply(freezeBeforeApply(changed), command);
    validateChange(sessionSchema, next, changed);
    next = changed;
  }
  return next;
}
