import { z } from 'zod';
import type { Command } from '../../shared/commands';
import { AppError } from '../../shared/errors';
import { answerCommands, phoneAnswerOf } from '../../shared/live/answers';
import { phoneExerciseOf } from '../../shared/live/exercise';
import { normaliseJoinCode } from '../../shared/live/joinCode';
import {
  phoneAnswerRequestSchema,
  type PhoneAnswer,
  type PhoneAnswerResult,
  type PhoneErrorCode,
  type PhoneExercise,
  type PhoneJoinResult,
} from '../../shared/live/protocol';
import type { SessionView } from '../../shared/api';
import type { MethodId } from '../../shared/methods';
import type { Session } from '../../shared/session';
import type { SessionStore } from '../store/sessionStore';
import { newPhoneToken, phoneParticipantId } from './phoneIdentity';
import { RateLimiter } from './rateLimiter';

/** A refusal the phone shows, with the HTTP status of its code (PHONE_ERROR_STATUS). */
export class PhoneFailure extends Error {
  constructor(
    readonly code: PhoneErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PhoneFailure';
  }
}

/** The limits of what phones may ask; defaults in DEFAULT_LIVE_LIMITS. */
export interface LiveLimits {
  /** The largest request body (a Kano answer to 200 wishes is ~12 KB). */
  bodyBytes: number;
  /** Answers one phone (its token) may send per minute: changing its mind, not a flood. */
  answersPerPhonePerMinute: number;
  /** Answers from one network address per minute (a phone that drops its cookie is still one address). */
  answersPerAddressPerMinute: number;
  /** New phones (tokens) one address may make per minute. */
  joinsPerAddressPerMinute: number;
  /** Wrong join codes per address per minute; after that every code from it waits out the minute. */
  wrongCodesPerAddressPerMinute: number;
  /** Any request from one address per minute: the page, its files, the API. */
  requestsPerAddressPerMinute: number;
  /** Phones one exercise accepts (a large conference hall; more is an attack). */
  maxPhones: number;
  /** Open event streams per address and in all. */
  streamsPerAddress: number;
  maxStreams: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  bodyBytes: 64 * 1024,
  answersPerPhonePerMinute: 20,
  answersPerAddressPerMinute: 60,
  joinsPerAddressPerMinute: 20,
  wrongCodesPerAddressPerMinute: 10,
  requestsPerAddressPerMinute: 600,
  maxPhones: 1000,
  streamsPerAddress: 4,
  maxStreams: 1000,
};

const MINUTE = 60_000;

export interface Phone {
  token: string;
  participantId: string;
}

export interface LiveExerciseOptions {
  store: SessionStore;
  /** The session as it is now (the exercise keeps the latest it sees, see `seen`). */
  session: Session;
  method: MethodId;
  code: string;
  limits: LiveLimits;
  now: () => number;
  /** The joined or answered count changed. */
  onCounts: () => void;
}

/**
 * One running live exercise: one session, one method, one join code. Every rule of the phone
 * side is here, apart from HTTP (main/live/listener.ts): the code (wrong ones limited per
 * address), the phone's identity (its token, from its cookie, fixes its participant), the rate
 * limits, open or closed, and the answer, validated with the shared schemas and stored with the
 * same commands as participant mode. A phone only ever gets the exercise and its own answer.
 */
export class LiveExercise {
  readonly sessionId: string;
  readonly method: MethodId;
  readonly code: string;
  private isOpen = true;
  private readonly phones = new Map<string, Phone>();
  private answeredCount = 0;
  private readonly store: SessionStore;
  private readonly limits: LiveLimits;
  private readonly wrongCodes: RateLimiter;
  private readonly joins: RateLimiter;
  private readonly answersPerPhone: RateLimiter;
  private readonly answersPerAddress: RateLimiter;
  /** One answer per phone at a time, so its first answer adds its participant exactly once. */
  private readonly phoneQueues = new Map<string, Promise<unknown>>();
  private readonly streams = new Set<(exercise: PhoneExercise) => void>();
  private lastExercise = '';
  /**
   * The latest version of the session this exercise has seen: from each answer's write and
   * each change the app reports. Phones read it, and answers are made into commands from it,
   * without waiting in the store's queue behind every other phone's write (a read there would
   * double each answer's wait). Commands that no longer fit (the facilitator changed the
   * session meanwhile) are made again from a fresh read.
   */
  private session: Session;

  constructor(private readonly options: LiveExerciseOptions) {
    this.session = options.session;
    this.sessionId = options.session.id;
    this.method = options.method;
    this.code = options.code;
    this.store = options.store;
    this.limits = options.limits;
    const { now, limits } = options;
    this.wrongCodes = new RateLimiter(limits.wrongCodesPerAddressPerMinute, MINUTE, now);
    this.joins = new RateLimiter(limits.joinsPerAddressPerMinute, MINUTE, now);
    this.answersPerPhone = new RateLimiter(limits.answersPerPhonePerMinute, MINUTE, now);
    this.answersPerAddress = new RateLimiter(limits.answersPerAddressPerMinute, MINUTE, now);
  }

  get joined(): number {
    return this.phones.size;
  }

  get answered(): number {
    return this.answeredCount;
  }

  /** POST /p/join: the phone's token (its own, or a new one) and what it sees. */
  async join(
    code: unknown,
    token: string | null,
    address: string,
  ): Promise<{ token: string; value: PhoneJoinResult }> {
    this.checkCode(code, address);
    let phone = token === null ? undefined : this.phones.get(token);
    if (!phone) {
      if (this.phones.size >= this.limits.maxPhones) {
        throw new PhoneFailure('rateLimited', 'This exercise has as many phones as it takes.');
      }
      // A phone that already has a token (from an earlier run of the listener) keeps it, and
      // with it its participant. Any token new to this exercise counts as a new phone: a token
      // is only a cookie the phone sends, so a made-up one must not escape the limit.
      if (!this.joins.take(address)) {
        throw new PhoneFailure(
          'rateLimited',
          'Too many new phones from this address; wait a minute.',
        );
      }
      const own = token ?? newPhoneToken();
      phone = { token: own, participantId: phoneParticipantId(own, this.sessionId) };
      this.phones.set(own, phone);
      this.options.onCounts();
    }
    return { token: phone.token, value: this.valueFor(phone) };
  }

  /**
   * GET /j/CODE: what the phone page carries, to show at once: the exercise, and this phone's
   * own answer when its token is known. Nothing changes here (no token, no count): the page
   * joins with POST /p/join meanwhile. A wrong code counts as it does there.
   */
  page(code: unknown, token: string | null, address: string): PhoneJoinResult {
    this.checkCode(code, address);
    const phone = token === null ? undefined : this.phones.get(token);
    return {
      exercise: this.currentExercise(),
      answer: phone ? phoneAnswerOf(this.session, this.method, phone.participantId) : null,
    };
  }

  /** GET /p/exercise: the exercise again, and this phone's own answer. */
  async exercise(code: unknown, token: string | null, address: string): Promise<PhoneJoinResult> {
    this.checkCode(code, address);
    return this.valueFor(this.joinedPhone(token));
  }

  /** POST /p/answer: stores the phone's answer (an update when it has one) once it is on disk. */
  async answer(body: unknown, token: string | null, address: string): Promise<PhoneAnswerResult> {
    this.checkCode(codeOf(body), address);
    const phone = this.joinedPhone(token);
    if (!this.answersPerPhone.take(phone.token) || !this.answersPerAddress.take(address)) {
      throw new PhoneFailure('rateLimited', 'Too many answers in a minute; wait a moment.');
    }
    if (!this.isOpen) throw new PhoneFailure('closed', 'The exercise is closed.');
    const parsed = phoneAnswerRequestSchema.safeParse(body);
    if (!parsed.success) {
      throw new PhoneFailure(
        'invalid',
        `Invalid answer: ${z.prettifyError(parsed.error)}`.slice(0, 500),
      );
    }
    const answer = parsed.data.answer;
    if (answer.method !== this.method) {
      throw new PhoneFailure('invalid', `This exercise asks for ${this.method} answers.`);
    }
    return this.oneAtATime(phone.token, () => this.storeAnswer(phone, answer));
  }

  /**
   * GET /p/events: calls `send` with the exercise now and whenever it changes (opened, closed,
   * questions or wishes edited); returns the function that stops it.
   */
  async stream(
    code: unknown,
    token: string | null,
    address: string,
    send: (exercise: PhoneExercise) => void,
  ): Promise<() => void> {
    this.checkCode(code, address);
    this.joinedPhone(token);
    if (this.streams.size >= this.limits.maxStreams) {
      throw new PhoneFailure('rateLimited', 'Too many phones are following this exercise.');
    }
    send(this.currentExercise());
    this.streams.add(send);
    return () => this.streams.delete(send);
  }

  /**
   * The session changed (`session`: as a write returned it; none: read it) or open/closed did:
   * phones see the new exercise, the counts are redone.
   */
  async refresh(session?: Session): Promise<void> {
    this.seen(session ?? (await this.store.get(this.sessionId)));
    this.pushExercise();
    this.recount();
  }

  get open(): boolean {
    return this.isOpen;
  }

  /** Opens or closes the exercise; phones see it at once. */
  setOpen(open: boolean): void {
    this.isOpen = open;
    this.pushExercise();
  }

  /** Sends the exercise to the phones following it, when it differs from what they have. */
  private pushExercise(): void {
    const exercise = this.currentExercise();
    const text = JSON.stringify(exercise);
    if (text === this.lastExercise) return;
    this.lastExercise = text;
    for (const send of this.streams) send(exercise);
  }

  /** The updatedAt of the latest session seen: a change that says the same needs no read. */
  get updatedAt(): string {
    return this.session.updatedAt;
  }

  /** The listener stops: phones see "closed" before their stream ends. */
  closeStreams(): void {
    const exercise = { ...this.currentExercise(), open: false };
    for (const send of this.streams) send(exercise);
    this.streams.clear();
  }

  /** Codes are checked before anything else; wrong ones count against the address. */
  private checkCode(given: unknown, address: string): void {
    if (this.wrongCodes.exhausted(address)) {
      throw new PhoneFailure('rateLimited', 'Too many wrong codes; wait a minute.');
    }
    const code = typeof given === 'string' ? normaliseJoinCode(given) : null;
    if (code === this.code) return;
    this.wrongCodes.take(address);
    throw new PhoneFailure('wrongCode', 'There is no open exercise with this code.');
  }

  private joinedPhone(token: string | null): Phone {
    const phone = token === null ? undefined : this.phones.get(token);
    if (!phone) throw new PhoneFailure('notFound', 'Join with the code first.');
    return phone;
  }

  private currentExercise(): PhoneExercise {
    return phoneExerciseOf(this.session, this.method, this.isOpen);
  }

  private valueFor(phone: Phone): PhoneJoinResult {
    return {
      exercise: this.currentExercise(),
      answer: phoneAnswerOf(this.session, this.method, phone.participantId),
    };
  }

  /** Keeps the newer of the session known and `session` (writes may finish out of turn here). */
  private seen(session: Session): void {
    if (session.updatedAt >= this.session.updatedAt) this.session = session;
  }

  /**
   * The commands are made from the latest session seen, so a first answer adds the participant
   * and a later one changes it. If they do not fit (the facilitator removed the participant or
   * a wish meanwhile, or another process changed the file), they are made once more from the
   * session read afresh; if they still do not fit, the answer is invalid.
   */
  private async storeAnswer(phone: Phone, answer: PhoneAnswer): Promise<PhoneAnswerResult> {
    let session = this.session;
    for (let attempt = 0; ; attempt++) {
      const commands: Command[] = answerCommands(session, answer, phone.participantId);
      let view: SessionView;
      try {
        // A participant's answer: the facilitator's Ctrl+Z must never take it back.
        view = await this.store.executeMany(this.sessionId, commands, { undoable: false });
      } catch (error) {
        if (!(error instanceof AppError)) {
          throw new PhoneFailure('failed', 'The answer could not be stored; try again.');
        }
        if (error.code === 'notFound') throw new PhoneFailure('notFound', 'The session is gone.');
        if (error.code !== 'invalidCommand') {
          throw new PhoneFailure('failed', 'The answer could not be stored; try again.');
        }
        const fresh = await this.readSession();
        if (attempt > 0 || fresh.updatedAt === session.updatedAt) {
          throw new PhoneFailure('invalid', error.message);
        }
        session = fresh;
        continue;
      }
      this.seen(view.session);
      this.recount();
      const stored = phoneAnswerOf(view.session, this.method, phone.participantId);
      if (!stored) throw new PhoneFailure('failed', 'The answer was not stored.');
      return { answer: stored };
    }
  }

  private async readSession(): Promise<Session> {
    try {
      const session = await this.store.get(this.sessionId);
      this.seen(session);
      return session;
    } catch (error) {
      if (error instanceof AppError && error.code === 'notFound') {
        throw new PhoneFailure('notFound', 'The session is gone.');
      }
      throw new PhoneFailure('failed', 'The session could not be read; try again.');
    }
  }

  private oneAtATime<T>(token: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.phoneQueues.get(token) ?? Promise.resolve();
    const result = previous.then(operation, operation);
    const tail = result.catch(() => undefined);
    this.phoneQueues.set(token, tail);
    void tail.then(() => {
      if (this.phoneQueues.get(token) === tail) this.phoneQueues.delete(token);
    });
    return result;
  }

  /** Answered: joined phones whose participant is in the session (the facilitator may remove one). */
  private recount(): void {
    const ids = participantIds(this.session, this.method);
    let answered = 0;
    for (const phone of this.phones.values()) if (ids.has(phone.participantId)) answered++;
    if (answered !== this.answeredCount) {
      this.answeredCount = answered;
      this.options.onCounts();
    }
  }
}

function codeOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
}

function participantIds(session: Session, method: MethodId): Set<string> {
  switch (method) {
    case 'culture':
      return new Set(session.culture.entries.map((e) => e.id));
    case 'kano':
      return new Set(session.kano.respondents.map((r) => r.id));
    case 'excellence':
      return new Set(session.excellence.participants.map((p) => p.id));
  }
}
