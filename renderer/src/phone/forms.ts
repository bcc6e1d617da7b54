import type { ComponentType } from 'react';
import type { MethodId } from '../../../shared/methods';
import { CultureParticipantForm } from '../culture/CultureParticipantForm';
import { ExcellenceParticipantForm } from '../excellence/ExcellenceParticipantForm';
import { KanoParticipantForm } from '../kano/KanoParticipantForm';
import type { ParticipantFormProps } from '../participant/types';

/**
 * The participant forms the phone page can show: the same components as participant mode
 * (METHOD_SCREENS[method].Participant), imported one by one so that the phone's bundle holds
 * none of the facilitator's views, word clouds or charts. Record<MethodId, …>: a new method
 * that forgets its line here does not compile.
 */
export const PHONE_FORMS: Record<MethodId, ComponentType<ParticipantFormProps>> = {
  culture: CultureParticipantForm,
  kano: KanoParticipantForm,
  excellence: ExcellenceParticipantForm,
};
