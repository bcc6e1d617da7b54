import { randomInt } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { DEFAULT_LIVE_PORT, type AppEvent, type LiveStatus } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { newJoinCode } from '../../shared/live/joinCode';
import type { MethodId } from '../../shared/methods';
import type { AppEventHub } from '../events/appEventHub';
import type { SessionStore } from '../store/sessionStore';
import { startListener, type RunningListener } from './listener';
import { DEFAULT_LIVE_LIMITS, LiveExercise, type LiveLimits } from './liveExercise';
import { firewallNote, liveAddresses, type InterfaceTable } from './networkAddresses';
import { loadPhoneFiles } from './phoneFiles';

export interface LiveServiceOptions {
  store: SessionStore;
  events: AppEventHub;
  /** The built renderer (dist/renderer), where phone.html and its files are. */
  rendererDir: string;
  /** The address to listen on unless liveStart names one; undefined: every interface. */
  defaultHost?: string;
  limits?: Partial<LiveLimits>;
  /** Milliseconds, for the rate limits (tests move it by hand). */
  now?: () => number;
  /** For the join code: an integer in [0, max). */
  randomInt?: (max: number) => number;
  interfaces?: () => InterfaceTable;
  platform?: NodeJS.Platform;
  /** How long counter changes are gathered before the facilitator's windows hear of them (ms). */
  statusIntervalMs?: number;
}

export interface LiveStartOptions {
  port?: number;
  host?: string;
}

interface Running {
  exercise: LiveExercise;
  listener: RunningListener;
  host: string | undefined;
  /** The port asked for, to tell a repeated start from one that wants another port. */
  askedPort: number;
}

/**
 * The live workshop's one participant listener, behind the facilitator's API (liveStart,
 * liveStop, liveStatus, liveSetOpen). Off until started; one session and method at a time
 * (starting another stops the first); stopped with liveStop, when its session is deleted, and
 * when the app quits (close). It keeps the facilitator's windows informed through the event hub.
 */
export class LiveService {
  private running: Running | null = null;
  /** Starts and stops one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly unsubscribe: () => void;
  private statusTimer: NodeJS.Timeout | undefined;
  private readonly limits: LiveLimits;
  private readonly now: () => number;

  constructor(private readonly options: LiveServiceOptions) {
    this.limits = { ...DEFAULT_LIVE_LIMITS, ...options.limits };
    this.now = options.now ?? Date.now;
    this.unsubscribe = options.events.subscribe((event) => this.onAppEvent(event));
  }

  start(sessionId: string, method: MethodId, options: LiveStartOptions = {}): Promise<LiveStatus> {
    return this.inTurn(async () => {
      const session = await this.options.store.get(sessionId); // notFound before anything starts
      const host = options.host ?? this.options.defaultHost;
      const askedPort = options.port ?? DEFAULT_LIVE_PORT;
      const current = this.running;
      if (
        current &&
        current.exercise.sessionId === sessionId &&
        current.exercise.method === method &&
        current.host === host &&
        current.askedPort === askedPort
      ) {
        return this.statusOf(current);
      }
      // Another session or method (or another address): the old code stops working at once.
      await this.stopRunning();
      const exercise = new LiveExercise({
        store: this.options.store,
        session,
        method,
        code: newJoinCode(this.options.randomInt ?? randomInt),
        limits: this.limits,
        now: this.now,
        onCounts: () => this.statusChangedSoon(),
      });
      await exercise.refresh(session);
      let listener: RunningListener;
      try {
        listener = await startListener({
          host,
          port: askedPort,
          files: await loadPhoneFiles(this.options.rendererDir),
          exercise,
          limits: this.limits,
          now: this.now,
        });
      } catch (error) {
        throw listenError(error, host, askedPort);
      }
      this.running = { exercise, listener, host, askedPort };
      const status = this.statusOf(this.running);
      this.options.events.liveChanged(status);
      return status;
    });
  }

  stop(): Promise<null> {
    return this.inTurn(async () => {
      await this.stopRunning();
      return null;
    });
  }

  /** The listener now, with the addresses as the network is now (a hotspot started meanwhile). */
  status(): LiveStatus | null {
    return this.running ? this.statusOf(this.running) : null;
  }

  /** Opens or closes the exercise: a closed one refuses answers, and phones see it at once. */
  setOpen(open: boolean): Promise<LiveStatus> {
    return this.inTurn(async () => {
      const running = this.running;
      if (!running) throw new AppError('invalidInput', 'No live exercise is running.');
      running.exercise.setOpen(open);
      const status = this.statusOf(running);
      this.options.events.liveChanged(status);
      return status;
    });
  }

  /** The app quits: the listener stops, the hub is left alone. */
  async close(): Promise<void> {
    this.unsubscribe();
    await this.stop();
  }

  private statusOf({ exercise, listener, host }: Running): LiveStatus {
    const interfaces = (this.options.interfaces ?? networkInterfaces)();
    return {
      sessionId: exercise.sessionId,
      method: exercise.method,
      code: exercise.code,
      port: listener.port,
      open: exercise.open,
      joined: exercise.joined,
      answered: exercise.answered,
      addresses: liveAddresses(interfaces, listener.port, exercise.code, host),
      firewallNote: firewallNote(this.options.platform ?? process.platform, host),
    };
  }

  private async stopRunning(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.running = null;
    clearTimeout(this.statusTimer);
    this.statusTimer = undefined;
    await running.listener.close();
    this.options.events.liveChanged(null);
  }

  /** Counters change with every phone: the windows hear of them a few times a second at most. */
  private statusChangedSoon(): void {
    if (this.statusTimer) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      const status = this.status();
      if (status) this.options.events.liveChanged(status);
    }, this.options.statusIntervalMs ?? 100);
    this.statusTimer.unref();
  }

  private onAppEvent(event: AppEvent): void {
    const running = this.running;
    if (event.type !== 'session' || !running || event.id !== running.exercise.sessionId) return;
    if (event.updatedAt === null) {
      void this.stop(); // The session went to the trash: its code must stop working.
      return;
    }
    // The exercise's own writes come back here too, often after newer ones: it has those.
    // (The same updatedAt is read again: two changes can share a millisecond.)
    if (event.updatedAt < running.exercise.updatedAt) return;
    running.exercise.refresh().catch(() => {
      // The session could not be read just now; the next change tries again.
    });
  }

  private inTurn<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

/** Why the listener could not start, in words the facilitator can act on. */
function listenError(error: unknown, host: string | undefined, port: number): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${host ?? 'every network interface'}, port ${port}`;
  if (code === 'EADDRNOTAVAIL') {
    return new AppError('invalidInput', `${host} is not an address of this computer.`);
  }
  if (code === 'EACCES') {
    return new AppError(
      'invalidInput',
      `The system does not allow listening on ${where}: choose a port above 1024.`,
    );
  }
  return new AppError(
    'internal',
    `The participant listener could not start on ${where} (${code ?? 'unknown error'}).`,
  );
}
