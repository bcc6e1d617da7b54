import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { ExecuteOptions, SessionView } from '../../../shared/api';
import type { Command } from '../../../shared/commands';
import type { DeepReadonly } from '../../../shared/readonly';
import type { Session } from '../../../shared/session';
import type { z } from 'zod';
import type { commandSchema } from '../../../shared/commands';
import { api } from '../api/client';
import { useNotices } from '../components/Notices';
import { errorText, useT } from '../i18n';

/** A command as the UI writes it (fields with defaults may be left out). */
export type CommandInput = DeepReadonly<z.input<typeof commandSchema>>;

export interface SessionState {
  session: Session;
  canUndo: boolean;
  canRedo: boolean;
  /**
   * Sends one change; false when it was refused (the user has been told why). `{ undoable:
   * false }`: a participant's answer, which the facilitator's undo never takes back.
   */
  execute(command: CommandInput, options?: ExecuteOptions): Promise<boolean>;
  /** Sends many changes as one undo step (imports, pastes). */
  executeMany(commands: readonly CommandInput[]): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/**
 * This window's own changes per session: how many await their answer, the newest session time
 * an answer brought, the newest event held back meanwhile, and what to do with such an event.
 * An answer carries the whole session, so the event main sends for the same change (often
 * before the answer) must not fetch it a second time: for 10,000 participants that is megabytes
 * parsed again. Bookkeeping for callbacks, not for rendering: kept outside React.
 */
interface OwnChanges {
  pending: number;
  answered: string;
  held: string;
  /** Fetches the session when `updatedAt` is newer than what is shown (set while watching). */
  release(updatedAt: string): void;
}
const ownChanges = new Map<string, OwnChanges>();

function ownChangesOf(id: string): OwnChanges {
  let own = ownChanges.get(id);
  if (!own) {
    own = { pending: 0, answered: '', held: '', release: () => {} };
    ownChanges.set(id, own);
  }
  return own;
}

/** How often to check for changes made by another process (the CLI), which send no event. */
const OTHER_PROCESS_CHECK_MS = 10_000;

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

function isTextField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.isContentEditable)
  );
}

interface Props {
  id: string;
  /** Ctrl+Z / Ctrl+Shift+Z; off in participant mode, where one person must not undo another. */
  undoShortcuts: boolean;
  /** The facilitator's screen picks up changes made in other windows. */
  watchForChanges?: boolean;
  children: ReactNode;
}

/**
 * Loads one session and offers every way to change it; the children render when loaded.
 * Give it `key={id}` where the id can change, so that a new session starts from a clean state.
 */
export function SessionProvider({ id, undoShortcuts, watchForChanges = false, children }: Props) {
  const t = useT();
  const notices = useNotices();
  const [view, setView] = useState<SessionView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    api.getSession(id).then(
      (loaded) => !cancelled && setView(loaded),
      (error: unknown) => !cancelled && setLoadError(error),
    );
    return () => {
      cancelled = true;
    };
  }, [id]);

  // Answers may arrive from elsewhere: phones (live workshop), participant mode in a second
  // window. Main pushes an event when a session changes (api.subscribe), and the session is
  // fetched when that is newer than what this screen shows. The CLI is another process that
  // main does not hear: for it, a slow check of when the session last changed remains.
  const shownUpdatedAt = useRef('');
  const shown = view?.session.updatedAt ?? '';
  useEffect(() => {
    shownUpdatedAt.current = shown;
  }, [shown]);
  const loaded = view !== null;
  useEffect(() => {
    if (!watchForChanges || !loaded) return;
    let stopped = false;
    // One fetch at a time; events during it ask for one more (30 phones answering at once
    // cost a few fetches, not 30).
    let fetching = false;
    let again = false;
    const refresh = async () => {
      if (fetching) {
        again = true;
        return;
      }
      fetching = true;
      try {
        do {
          again = false;
          const latest = await api.getSession(id);
          if (stopped) return;
          setView((current) =>
            current && latest.session.updatedAt > current.session.updatedAt ? latest : current,
          );
        } while (again && !stopped);
      } catch {
        /* the next event or check tries again; a real failure shows when the facilitator acts */
      } finally {
        fetching = false;
      }
    };
    const check = async () => {
      try {
        if ((await api.sessionUpdatedAt(id)) > shownUpdatedAt.current) void refresh();
      } catch {
        /* the next event or tick tries again */
      }
    };
    // Events for this window's own changes wait for their answer (see OwnChanges).
    const own = ownChangesOf(id);
    own.release = (updatedAt) => {
      if (updatedAt > shownUpdatedAt.current && updatedAt > own.answered) void refresh();
    };
    const unsubscribe = api.subscribe(
      (event) => {
        if (event.type !== 'session' || event.id !== id || event.updatedAt === null) return;
        if (own.pending > 0) {
          if (event.updatedAt > own.held) own.held = event.updatedAt;
          return;
        }
        own.release(event.updatedAt);
      },
      // Changes made before events flowed (since the load, or while reconnecting).
      () => void check(),
    );
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void check();
    }, OTHER_PROCESS_CHECK_MS);
    return () => {
      stopped = true;
      own.release = () => {};
      unsubscribe();
      window.clearInterval(timer);
    };
  }, [id, watchForChanges, loaded]);

  const run = useCallback(
    async (call: () => Promise<SessionView>): Promise<boolean> => {
      const own = ownChangesOf(id);
      own.pending += 1;
      try {
        const answer = await call();
        if (answer.session.updatedAt > own.answered) own.answered = answer.session.updatedAt;
        setView(answer);
        return true;
      } catch (error) {
        notices.fail(error);
        return false;
      } finally {
        own.pending -= 1;
        // An event held meanwhile may be someone else's change: fetched if still newer.
        if (own.pending === 0 && own.held !== '') {
          const held = own.held;
          own.held = '';
          own.release(held);
        }
      }
    },
    [notices, id],
  );

  const state = useMemo<SessionState | null>(() => {
    if (!view) return null;
    return {
      session: view.session,
      canUndo: view.canUndo,
      canRedo: view.canRedo,
      execute: (command, options) =>
        run(() => (options ? api.execute(id, command, options) : api.execute(id, command))),
      executeMany: (commands) => run(() => api.executeMany(id, commands)),
      undo: async () => {
        await run(() => api.undo(id));
      },
      redo: async () => {
        await run(() => api.redo(id));
      },
    };
  }, [view, id, run]);

  useEffect(() => {
    if (!undoShortcuts || !state) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey && state.canUndo) {
        event.preventDefault();
        void state.undo();
      } else if (((key === 'z' && event.shiftKey) || key === 'y') && state.canRedo) {
        event.preventDefault();
        void state.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undoShortcuts, state]);

  if (loadError) {
    return (
      <div className="page-message" role="alert">
        <p>{errorText(t, loadError)}</p>
        <a href="#/">{t('nav.backToSessions')}</a>
      </div>
    );
  }
  if (!state) return <div className="page-message">{t('common.loading')}</div>;
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export type { Command };
