import type { Session } from '../../../shared/session';
import type { CommandInput } from '../session/SessionContext';

/** Hands one participant's answer in; false when it was refused (the page has said why). */
export type SubmitAnswer = (command: CommandInput) => Promise<boolean>;

/**
 * What a participant page knows of the session: its language, its groups and the questions,
 * never anybody's answers. Participant mode passes the whole session; a phone gets only this
 * from the participant listener (renderer/src/phone).
 */
export type ParticipantSession = Pick<Session, 'language' | 'groups'> & {
  culture: Pick<Session['culture'], 'questionCurrent' | 'questionDesired'>;
  kano: Pick<Session['kano'], 'wishes'>;
};

/**
 * What a method's participant form gets from the shell. The form shows the method's own
 * questions and puts the shell's DoneButton where it fits; the shell does the rest (group
 * choice, submitting once, thanks, the next participant, the session's language).
 */
export interface ParticipantFormProps {
  /** The session as the participant may see it: read the questions from it, never answers. */
  session: ParticipantSession;
  /** The group the participant chose in the shell, or null. */
  group: string | null;
  /**
   * The id of this participant's answer, fixed for the whole round: a second hand-in of the
   * same answer is refused by the store instead of stored twice.
   */
  answerId: string;
  /**
   * On a participant's own phone: the answer they handed in before, as the command this form
   * builds (the form starts from it, to change it); absent when there is none.
   */
  previous?: CommandInput;
  /** On a phone: a small screen, one question (a Kano wish) per screen. */
  onPhone?: boolean;
}
