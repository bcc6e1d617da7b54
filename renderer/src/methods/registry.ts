import type { MethodId } from '../../../shared/methods';
import { cultureScreens } from '../culture/screens';
import { excellenceScreens } from '../excellence/screens';
import { kanoScreens } from '../kano/screens';
import type { MethodScreens } from './types';

export { isMethodId as isMethod, METHOD_IDS, type MethodId } from '../../../shared/methods';

/**
 * The renderer's side of each method in shared/methods.ts: adding a method is its folder (with
 * its screens.ts) and one line here.
 */
export const METHOD_SCREENS: Record<MethodId, MethodScreens> = {
  culture: cultureScreens,
  kano: kanoScreens,
  excellence: excellenceScreens,
};
