import type { ComponentType } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { CultureTab } from '../culture/CultureTab';
import { CultureKiosk } from '../culture/CultureKiosk';
import { KanoTab } from '../kano/KanoTab';
import { KanoKiosk } from '../kano/KanoKiosk';
import { ExcellenceTab } from '../excellence/ExcellenceTab';
import { ExcellenceKiosk } from '../excellence/ExcellenceKiosk';

export const METHODS = ['culture', 'kano', 'excellence'] as const;
export type Method = (typeof METHODS)[number];

interface MethodScreens {
  title: MessageKey;
  /** The facilitator's tab; reads and changes the session through useSession(). */
  Tab: ComponentType;
  /** The participant page in kiosk mode; also through useSession(). */
  Kiosk: ComponentType;
}

/** One entry per method: adding a method touches this file and its own folder. */
export const METHOD_SCREENS: Record<Method, MethodScreens> = {
  culture: { title: 'culture.title', Tab: CultureTab, Kiosk: CultureKiosk },
  kano: { title: 'kano.title', Tab: KanoTab, Kiosk: KanoKiosk },
  excellence: { title: 'excellence.title', Tab: ExcellenceTab, Kiosk: ExcellenceKiosk },
};

export function isMethod(value: string | undefined): value is Method {
  return (METHODS as readonly string[]).includes(value ?? '');
}
