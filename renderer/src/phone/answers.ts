import type { PhoneAnswer, PhoneAnswerInput, PhoneExercise } from '../../../shared/live/protocol';
import type { ParticipantSession } from '../participant/types';
import type { CommandInput } from '../session/SessionContext';

/**
 * The phone speaks the participant forms' language (the commands participant mode sends) on
 * one side and the listener's (a PhoneAnswer) on the other; these translate between the two.
 * The listener turns the answer back into the same commands (shared/live), for this phone's
 * one participant.
 */

/** What the participant forms read of the session, from what the listener tells a phone. */
export function participantSession(exercise: PhoneExercise): ParticipantSession {
  return {
    language: exercise.language,
    groups: exercise.groups,
    culture: {
      questionCurrent: exercise.culture?.questionCurrent ?? null,
      questionDesired: exercise.culture?.questionDesired ?? null,
    },
    kano: { wishes: exercise.kano?.wishes ?? [] },
  };
}

/** The answer a form handed in, as the listener takes it; null for a command no form sends. */
export function answerFromCommand(command: CommandInput): PhoneAnswerInput | null {
  switch (command.type) {
    case 'culture.addEntry': {
      const { group = null, current, desired } = command.entry;
      return { method: 'culture', group, current: [...current], desired: [...desired] };
    }
    case 'kano.addRespondent': {
      const { group, answers = {} } = command.respondent;
      return { method: 'kano', group, answers: { ...answers } };
    }
    case 'excellence.addParticipant': {
      const { group = null, scores = {} } = command.participant;
      return { method: 'excellence', group, scores: { ...scores } };
    }
    default:
      return null;
  }
}

/** This phone's stored answer as the command its form would have built: the form starts from it. */
export function commandFromAnswer(answer: PhoneAnswer, id: string): CommandInput {
  switch (answer.method) {
    case 'culture':
      return {
        type: 'culture.addEntry',
        entry: { id, group: answer.group, current: answer.current, desired: answer.desired },
      };
    case 'kano':
      return {
        type: 'kano.addRespondent',
        respondent: { id, label: '', group: answer.group, answers: answer.answers },
      };
    case 'excellence':
      return {
        type: 'excellence.addParticipant',
        participant: { id, group: answer.group, scores: answer.scores },
      };
  }
}
