import { useCallback, useEffect, useMemo, useState } from 'react';
import { joinPath, normaliseJoinCode } from '../../../shared/live/joinCode';
import type { PhoneAnswer, PhoneExercise } from '../../../shared/live/protocol';
import type { Language } from '../../../shared/session';
import { LanguageOverride, useT } from '../i18n';
import { ParticipantShell, type OwnAnswer } from '../participant/ParticipantShell';
import type { CommandInput } from '../session/SessionContext';
import { commandFromAnswer, participantSession, answerFromCommand } from './answers';
import { CodeForm } from './CodeForm';
import { PHONE_FORMS } from './forms';
import { pageData } from './pageData';
import { join, sendAnswer, watchExercise, type PhoneFailure } from './phoneClient';

type State =
  /** No code yet (the page was opened at `/`), or the code was refused: the code form. */
  | { kind: 'code'; failure?: PhoneFailure }
  | { kind: 'joining'; code: string }
  /** Joining failed for a reason a retry may cure (no network, too many tries). */
  | { kind: 'failed'; code: string; failure: PhoneFailure }
  | {
      kind: 'joined';
      code: string;
      exercise: PhoneExercise;
      /** This phone's own answer as stored, or null before its first. */
      answer: PhoneAnswer | null;
      /**
       * False while the exercise comes from the page (the listener wrote it in) and the join
       * that gives this phone its cookie is still on its way: it may type, not yet hand in.
       */
      member: boolean;
      /** Why the last hand-in was refused, shown above the form. */
      failure?: PhoneFailure;
    };

/** The code in the address: `/j/CODE` (the QR code and the `Join:` line), or none. */
function codeInAddress(): string | null | undefined {
  const match = /^\/j\/([^/]*)/.exec(window.location.pathname);
  if (!match) return undefined;
  try {
    return normaliseJoinCode(decodeURIComponent(match[1]!));
  } catch {
    return null;
  }
}

/**
 * Where the phone starts: at `/` the code form; at `/j/CODE` the exercise the listener wrote
 * into the page (shown at once, joined meanwhile), or its refusal of the code, or else joining.
 */
function firstState(): State {
  const code = codeInAddress();
  if (code === undefined) return { kind: 'code' };
  if (code === null) return { kind: 'code', failure: 'wrongCode' };
  const inPage = pageData();
  if (inPage?.ok) return { kind: 'joined', code, ...inPage.value, member: false };
  if (inPage?.error.code === 'wrongCode') return { kind: 'code', failure: 'wrongCode' };
  return { kind: 'joining', code };
}

/** Before the phone knows the session's language: the phone's own, Dutch or English. */
function phoneLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * The phone page: the code (from the address or typed), then only the open exercise of that
 * session, in the session's language, through the one participant shell. One participant per
 * phone: after "Klaar" it thanks and offers to change the answer until the exercise closes.
 */
export function PhoneApp() {
  const [state, setState] = useState<State>(firstState);

  // Joining: first, or in the background while the phone already shows the page's exercise.
  const joining =
    state.kind === 'joining' || (state.kind === 'joined' && !state.member) ? state.code : null;
  useEffect(() => {
    if (joining === null) return;
    let cancelled = false;
    void join(joining).then((result) => {
      if (cancelled) return;
      if (result.ok) {
        // A reload (or a phone put away and taken out again) comes back to the same exercise.
        if (window.location.pathname !== joinPath(joining)) {
          history.replaceState(null, '', joinPath(joining));
        }
        setState((current) => ({
          kind: 'joined',
          code: joining,
          ...result.value,
          member: true,
          failure: current.kind === 'joined' ? current.failure : undefined,
        }));
      } else if (result.failure === 'wrongCode' || result.failure === 'notFound') {
        setState({ kind: 'code', failure: result.failure });
      } else {
        // Shown on the page's exercise (the hand-in joins again), else with a retry button.
        setState((current) =>
          current.kind === 'joined'
            ? { ...current, failure: result.failure }
            : { kind: 'failed', code: joining, failure: result.failure },
        );
      }
    });
    return () => {
      cancelled = true;
    };
  }, [joining]);

  // The exercise as the facilitator changes it: opened, closed, questions edited. The stream
  // wants the phone's cookie, so it starts once the join has answered.
  const watching = state.kind === 'joined' && state.member ? state.code : null;
  useEffect(() => {
    if (watching === null) return;
    return watchExercise(watching, (exercise) =>
      setState((current) => (current.kind === 'joined' ? { ...current, exercise } : current)),
    );
  }, [watching]);

  const language = state.kind === 'joined' ? state.exercise.language : phoneLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  let page;
  if (state.kind === 'joined') {
    page = <Exercise state={state} setState={setState} />;
  } else if (state.kind === 'code') {
    page = (
      <CodeForm
        failure={state.failure}
        onCode={(code) => setState({ kind: 'joining', code })}
        onWrong={() => setState({ kind: 'code', failure: 'wrongCode' })}
      />
    );
  } else {
    page = (
      <Connecting
        failure={state.kind === 'failed' ? state.failure : undefined}
        onRetry={() => setState({ kind: 'joining', code: state.code })}
      />
    );
  }
  return (
    <LanguageOverride language={language}>
      <main className="phone">{page}</main>
    </LanguageOverride>
  );
}

function Connecting({ failure, onRetry }: { failure?: PhoneFailure; onRetry(): void }) {
  const t = useT();
  if (!failure) return <p className="phone-message">{t('live.phone.joining')}</p>;
  return (
    <div className="phone-message">
      <p role="alert">{t(`live.phone.error.${failure}`)}</p>
      <button type="button" className="primary phone-wide" onClick={onRetry}>
        {t('live.phone.retry')}
      </button>
    </div>
  );
}

type Joined = Extract<State, { kind: 'joined' }>;

function Exercise({
  state,
  setState,
}: {
  state: Joined;
  setState: (update: (current: State) => State) => void;
}) {
  const t = useT();
  const { code, exercise, answer, member, failure } = state;

  const submit = useCallback(
    async (command: CommandInput): Promise<boolean> => {
      const phoneAnswer = answerFromCommand(command);
      if (!phoneAnswer) return false;
      // Rarely: the background join had not answered yet, or had failed. It goes first.
      const joined = member ? null : await join(code);
      const result = joined?.ok === false ? joined : await sendAnswer(code, phoneAnswer);
      setState((current) => {
        if (current.kind !== 'joined') return current;
        if (result.ok) {
          return { ...current, answer: result.value.answer, member: true, failure: undefined };
        }
        if (result.failure === 'closed') {
          return { ...current, exercise: { ...current.exercise, open: false } };
        }
        if (result.failure === 'wrongCode' || result.failure === 'notFound') {
          return { kind: 'code', failure: result.failure };
        }
        return { ...current, failure: result.failure };
      });
      return result.ok;
    },
    [code, member, setState],
  );

  // The stored answer, for the form to start from when the participant changes it.
  const previous = useMemo<OwnAnswer | null>(
    () => (answer ? { group: answer.group, command: commandFromAnswer(answer, 'own') } : null),
    [answer],
  );
  const phone = useMemo(() => ({ previous }), [previous]);
  const session = useMemo(() => participantSession(exercise), [exercise]);

  if (!exercise.open) {
    return (
      <section className="phone-closed" data-testid="phone-closed">
        <h1>{t('live.phone.closedTitle')}</h1>
        <p>{t('live.phone.closedText')}</p>
        {answer && <p>{t('live.phone.closedAnswered')}</p>}
      </section>
    );
  }
  return (
    <>
      <header className="phone-header">{exercise.title}</header>
      {failure && (
        <p className="phone-alert" role="alert">
          {t(`live.phone.error.${failure}`)}
        </p>
      )}
      <ParticipantShell
        key={exercise.method}
        Form={PHONE_FORMS[exercise.method]}
        session={session}
        submit={submit}
        phone={phone}
      />
    </>
  );
}
