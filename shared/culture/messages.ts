import { defineMessages } from '../i18n/define';

export const cultureMessages = defineMessages(
  {
    'culture.title': 'Cultuur',
  },
  {
    'culture.title': 'Culture',
  },
);
