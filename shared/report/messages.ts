import { defineMessages } from '../i18n/define';

export const reportMessages = defineMessages(
  {
    'report.title': 'Rapport',
  },
  {
    'report.title': 'Report',
  },
);
