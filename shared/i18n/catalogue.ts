// The one message catalogue, in a module of its own: the phone page's build replaces it with
// only the texts the phone names (scripts/phoneBuild.ts); everything else imports it from here.
import { coreMessages } from './core';
import { csvMessages } from '../csvMessages';
import { cultureMessages } from '../culture/messages';
import { kanoMessages } from '../kano/messages';
import { excellenceMessages } from '../excellence/messages';
import { reportMessages } from '../report/messages';
import { livePageMessages } from '../live/pageMessages';

/** The one message catalogue: every visible text of the app, per language. */
export const catalogue = {
  nl: {
    ...coreMessages.nl,
    ...csvMessages.nl,
    ...cultureMessages.nl,
    ...kanoMessages.nl,
    ...excellenceMessages.nl,
    ...reportMessages.nl,
    ...livePageMessages.nl,
  },
  en: {
    ...coreMessages.en,
    ...csvMessages.en,
    ...cultureMessages.en,
    ...kanoMessages.en,
    ...excellenceMessages.en,
    ...reportMessages.en,
    ...livePageMessages.en,
  },
};
