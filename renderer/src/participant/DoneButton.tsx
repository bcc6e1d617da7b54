import { useT } from '../i18n';
import type { CommandInput } from '../session/SessionContext';
import { useParticipantRound } from './round';

/**
 * "Klaar": the only way a participant hands in. Every method's form places this one button;
 * it is disabled while sending, and the shell ignores a second press (a double tap).
 */
export function DoneButton({
  disabled = false,
  answer,
  ask,
  label,
}: {
  /** True while the form has nothing to hand in yet. */
  disabled?: boolean;
  /** Builds the command from the form as it is at the moment of the press. */
  answer(): CommandInput;
  /**
   * Called at the press, before handing in: true when the form asks the participant something
   * first (e.g. open questions) and nothing is handed in yet.
   */
  ask?: () => boolean;
  /** Another text than "Klaar", e.g. "Toch versturen". */
  label?: string;
}) {
  const t = useT();
  const { handIn, sending } = useParticipantRound();
  return (
    <button
      type="button"
      className="primary participant-done"
      disabled={disabled || sending}
      onClick={() => {
        if (ask?.() !== true) handIn(answer());
      }}
    >
      {label ?? t('participant.done')}
    </button>
  );
}
