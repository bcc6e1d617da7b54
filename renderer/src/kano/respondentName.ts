import type { KanoRespondent } from '../../../shared/kano/model';
import type { Translate } from '../i18n';

/** A respondent as shown: their label, or "#3" by position when they have none (kiosk). */
export function respondentName(t: Translate, respondent: KanoRespondent, index: number): string {
  return respondent.label || t('kano.respondentNumber', { number: index + 1 });
}
