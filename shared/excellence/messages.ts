import { defineMessages } from '../i18n/define';

export const excellenceMessages = defineMessages(
  {
    'excellence.title': 'Service Excellence',
  },
  {
    'excellence.title': 'Service Excellence',
  },
);
