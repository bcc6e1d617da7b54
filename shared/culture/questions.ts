import { translate } from '../i18n';
import type { Language } from '../session';
import type { CultureData } from './model';

/** The two questions as participants see them: the facilitator's own, or the defaults. */
export function cultureQuestions(
  data: Pick<CultureData, 'questionCurrent' | 'questionDesired'>,
  language: Language,
): { current: string; desired: string } {
  return {
    current: data.questionCurrent ?? translate(language, 'culture.defaultQuestionCurrent'),
    desired: data.questionDesired ?? translate(language, 'culture.defaultQuestionDesired'),
  };
}
