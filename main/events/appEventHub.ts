import type { AppEvent, AppEventListener, LiveStatus, Subscribe } from '../../shared/api';

interface SessionPush {
  /** The latest change while a burst is held back (absent: none since the last push). */
  pending?: { updatedAt: string | null };
  timer?: NodeJS.Timeout;
}

export interface AppEventHubOptions {
  /**
   * A session's changes are pushed at most once per this many ms (the first at once, the
   * latest of a burst at the end of it): 500 phones answering in a few seconds make a few
   * dozen events, not 500 reloads in every window. 0: every change at once (tests).
   */
  sessionIntervalMs?: number;
}

/**
 * What main pushes to the facilitator's windows (AppEvent in shared/api.ts), gathered in one
 * place: the store's changes and the live listener's status go in, the transports (the /api/events
 * stream, Electron's webContents.send) subscribe.
 */
export class AppEventHub {
  private readonly listeners = new Set<AppEventListener>();
  private readonly sessionIntervalMs: number;
  /** Per session: the last updatedAt pushed, and the pending one while a burst is held back. */
  private readonly sessions = new Map<string, SessionPush>();

  constructor(options: AppEventHubOptions = {}) {
    this.sessionIntervalMs = options.sessionIntervalMs ?? 50;
  }

  readonly subscribe: Subscribe = (listener) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A session changed (updatedAt null: deleted). */
  sessionChanged(id: string, updatedAt: string | null): void {
    let state = this.sessions.get(id);
    if (!state) this.sessions.set(id, (state = {}));
    if (state.timer) state.pending = { updatedAt };
    else this.sendSession(id, state, updatedAt);
  }

  liveChanged(status: LiveStatus | null): void {
    this.emit({ type: 'live', status });
  }

  /** Stops the held-back timers (the app is quitting). */
  close(): void {
    for (const state of this.sessions.values()) clearTimeout(state.timer);
    this.sessions.clear();
    this.listeners.clear();
  }

  private sendSession(id: string, state: SessionPush, updatedAt: string | null): void {
    this.emit({ type: 'session', id, updatedAt });
    if (this.sessionIntervalMs <= 0) return;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const pending = state.pending;
      delete state.pending;
      if (pending) this.sendSession(id, state, pending.updatedAt);
    }, this.sessionIntervalMs);
    state.timer.unref();
  }

  private emit(event: AppEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One broken window (a closed stream) must not keep the event from the others.
      }
    }
  }
}
