import { defineMessages } from '../i18n/define';

export const kanoMessages = defineMessages(
  {
    'kano.title': 'Kano',
  },
  {
    'kano.title': 'Kano',
  },
);
