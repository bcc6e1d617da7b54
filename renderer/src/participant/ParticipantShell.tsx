import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { LanguageOverride, useT } from '../i18n';
import type { CommandInput } from '../session/SessionContext';
import { newAnswerId } from './answerId';
import { enterMovesOn } from './enterMovesOn';
import { GroupChoice } from './GroupChoice';
import { ParticipantRoundContext, type ParticipantRound } from './round';
import type { ParticipantFormProps, ParticipantSession, SubmitAnswer } from './types';
import './participant.css';

/** What a participant handed in before, on their own phone. */
export interface OwnAnswer {
  group: string | null;
  /** As the method's form builds it (see ParticipantFormProps.previous). */
  command: CommandInput;
}

interface ShellProps {
  /**
   * The method's form (METHOD_SCREENS[method].Participant), handed in rather than looked up, so
   * that the phone's small bundle holds the three forms and none of the facilitator's views.
   */
  Form: ComponentType<ParticipantFormProps>;
  /** The session as this page knows it (the kiosk: the session context; a phone: over HTTP). */
  session: ParticipantSession;
  submit: SubmitAnswer;
  /**
   * Set on a participant's own phone (renderer/src/phone): one participant per device, who may
   * change their answer (`previous`, null before the first) instead of passing the screen on.
   */
  phone?: { previous: OwnAnswer | null };
}

/**
 * The participant page of every method: the group first (when the session has groups), then
 * the method's form with its one "Klaar", then thanks and a clean form for the next person.
 * It speaks the session's language (the workshop's), whatever the facilitator's app language.
 * It takes the session and the submit function as props, so the same page can run on the
 * facilitator's laptop (participant mode) and elsewhere.
 */
export function ParticipantShell(props: ShellProps) {
  return (
    <LanguageOverride language={props.session.language}>
      <ParticipantRounds {...props} />
    </LanguageOverride>
  );
}

type Step = 'group' | 'form' | 'thanks';

interface Round {
  /** Changes for every participant, so the form starts clean and the answer gets a new id. */
  answerId: string;
  /** undefined until chosen. */
  group: string | null | undefined;
  step: Step;
  /** A phone changing its answer: the form starts from this one. */
  previous?: CommandInput;
}

function ParticipantRounds({ Form: Participant, session, submit, phone }: ShellProps) {
  const t = useT();
  const hasGroups = session.groups.length > 0;
  const firstStep = (): Round => ({
    answerId: newAnswerId(),
    group: undefined,
    step: hasGroups ? 'group' : 'form',
  });
  // A phone that has answered before opens on its thanks, with the way to change the answer.
  const [round, setRound] = useState<Round>(() =>
    phone?.previous ? { ...firstStep(), step: 'thanks' } : firstStep(),
  );
  const [sending, setSending] = useState(false);
  // Set on the first press and cleared only for the next participant (or after a refusal): a
  // second press in the same event loop turn, before React has disabled the button, sees it.
  const handedIn = useRef(false);
  const form = useRef<HTMLDivElement>(null);

  const handIn = useCallback(
    (answer: CommandInput) => {
      if (handedIn.current) return;
      handedIn.current = true;
      setSending(true);
      void submit(answer).then(
        (stored) => {
          setSending(false);
          if (stored) setRound((r) => ({ ...r, step: 'thanks' }));
          else handedIn.current = false;
        },
        () => {
          setSending(false);
          handedIn.current = false;
        },
      );
    },
    [submit],
  );
  const roundContext = useMemo<ParticipantRound>(() => ({ handIn, sending }), [handIn, sending]);

  const nextParticipant = () => {
    handedIn.current = false;
    setRound(firstStep());
    window.scrollTo(0, 0);
  };

  // A phone's one participant changes their answer: the form again, filled in with it.
  const changeAnswer = (previous: OwnAnswer | null) => {
    handedIn.current = false;
    setRound(
      previous
        ? {
            answerId: newAnswerId(),
            group: previous.group,
            step: 'form',
            previous: previous.command,
          }
        : firstStep(),
    );
    window.scrollTo(0, 0);
  };

  // Coming from the group screen, the first box of the form gets the cursor.
  const previousStep = useRef(round.step);
  useEffect(() => {
    if (previousStep.current === 'group' && round.step === 'form') {
      form.current?.querySelector<HTMLElement>('input, textarea')?.focus();
    }
    previousStep.current = round.step;
  }, [round.step]);

  if (round.step === 'thanks' && phone) {
    return (
      <section className="participant-thanks">
        <h1 role="status">{t('participant.thanks')}</h1>
        <p>{t('live.phone.canChange')}</p>
        <button
          type="button"
          className="primary participant-next"
          onClick={() => changeAnswer(phone.previous)}
        >
          {t('live.phone.change')}
        </button>
      </section>
    );
  }

  if (round.step === 'thanks') {
    return (
      <section className="participant-thanks">
        <h1 role="status">{t('participant.thanks')}</h1>
        <p>{t('participant.passOn')}</p>
        <button
          type="button"
          className="primary participant-next"
          autoFocus
          onClick={nextParticipant}
        >
          {t('participant.next')}
        </button>
      </section>
    );
  }

  const groupName = session.groups.find((g) => g.id === round.group)?.name;
  return (
    <ParticipantRoundContext.Provider value={roundContext}>
      {round.step === 'group' && (
        <GroupChoice
          groups={session.groups}
          value={round.group}
          onChoose={(group) => setRound((r) => ({ ...r, group, step: 'form' }))}
        />
      )}
      {/* Mounted once the group is known and kept while the group is changed: no answer is lost. */}
      {round.group !== undefined || !hasGroups ? (
        <div
          ref={form}
          className="participant-form"
          hidden={round.step !== 'form'}
          onKeyDown={enterMovesOn}
        >
          {hasGroups && (
            <p className="participant-group-line">
              <span>
                {groupName === undefined
                  ? t('participant.group.noneChosen')
                  : t('participant.group.chosen', { name: groupName })}
              </span>
              <button
                type="button"
                onClick={() => setRound((r) => ({ ...r, step: 'group' }))}
                disabled={sending}
              >
                {t('participant.group.change')}
              </button>
            </p>
          )}
          <Participant
            key={round.answerId}
            session={session}
            group={round.group ?? null}
            answerId={round.answerId}
            previous={round.previous}
            onPhone={phone !== undefined}
          />
        </div>
      ) : null}
    </ParticipantRoundContext.Provider>
  );
}
