import type { SessionStore } from '../store/sessionStore';

type Changed = (id: string, updatedAt: string | null) => void;

/**
 * Tells `changed` after every change the store makes in this process (the API, the phones of a
 * live workshop), with the session's new updatedAt (null: moved to the trash). It wraps the
 * store object's changing methods rather than editing the store: whoever holds the store, the
 * event follows. Changes by another process (the CLI) are not seen here; the renderer's slow
 * poll of sessionUpdatedAt covers those.
 */
export function watchSessionChanges(store: SessionStore, changed: Changed): void {
  // execute returns executeMany's very result: a result is reported once.
  const reported = new WeakSet<object>();
  const after =
    <A extends unknown[], R>(
      original: (...args: A) => Promise<R>,
      report: (result: R, args: A) => void,
    ) =>
    async (...args: A): Promise<R> => {
      const result = await original.apply(store, args);
      if (typeof result !== 'object' || result === null || !reported.has(result)) {
        if (typeof result === 'object' && result !== null) reported.add(result);
        report(result, args);
      }
      return result;
    };
  const view = (result: { session: { id: string; updatedAt: string } }) =>
    changed(result.session.id, result.session.updatedAt);
  const summary = (result: { id: string; updatedAt: string }) =>
    changed(result.id, result.updatedAt);

  store.execute = after(store.execute, view);
  store.executeMany = after(store.executeMany, view);
  store.undo = after(store.undo, view);
  store.redo = after(store.redo, view);
  store.create = after(store.create, summary);
  store.duplicate = after(store.duplicate, summary);
  store.restoreFromTrash = after(store.restoreFromTrash, summary);
  store.restoreBackup = after(store.restoreBackup, summary);
  store.importSession = after(store.importSession, (result) => summary(result.summary));
  store.delete = after(store.delete, (_result, [id]) => changed(id, null));
}
