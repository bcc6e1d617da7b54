import type { MethodId } from '../methods';
import { cultureQuestions } from '../culture/questions';
import type { Session } from '../session';
import type { PhoneExercise } from './protocol';

/**
 * What a phone sees of a session's exercise: the session's name, language and groups, and the
 * method's questions (culture) or wishes (Kano). Never anybody's answers, never the results.
 */
export function phoneExerciseOf(session: Session, method: MethodId, open: boolean): PhoneExercise {
  const exercise: PhoneExercise = {
    method,
    language: session.language,
    title: session.name,
    open,
    groups: session.groups.map((g) => ({ id: g.id, name: g.name })),
  };
  if (method === 'culture') {
    const questions = cultureQuestions(session.culture, session.language);
    exercise.culture = { questionCurrent: questions.current, questionDesired: questions.desired };
  }
  if (method === 'kano') {
    exercise.kano = {
      wishes: session.kano.wishes.map((w) => ({
        id: w.id,
        name: w.name,
        description: w.description,
        questionFunctional: w.questionFunctional ?? null,
        questionDysfunctional: w.questionDysfunctional ?? null,
      })),
    };
  }
  return exercise;
}
