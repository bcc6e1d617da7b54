import { defineMessages } from '../i18n/define';

export const cultureMessages = defineMessages(
  {
    'culture.title': 'Cultuur',
    'culture.defaultQuestionCurrent': 'Beschrijf onze cultuur zoals die NU is, in vier woorden',
    'culture.defaultQuestionDesired': 'Beschrijf onze cultuur zoals je die WILT, in vier woorden',
    'culture.csv.duplicateColumn': 'de kolom "{column}" staat twee keer in de kopregel.',
    'culture.csv.tooManyWords':
      'deze rij heeft meer cellen dan de kopregel; per kant zijn hoogstens {max} woorden toegestaan.',
    'culture.csv.wordTooLong': 'een woord is langer dan {max} tekens.',
    'culture.csv.participantTooLong': 'de deelnemer is langer dan {max} tekens.',
    'culture.csv.groupTooLong': 'de groepsnaam is langer dan {max} tekens.',
    'culture.csv.emptyRowSkipped': 'rij zonder woorden overgeslagen.',
  },
  {
    'culture.title': 'Culture',
    'culture.defaultQuestionCurrent': 'Describe our culture as it is NOW, in four words',
    'culture.defaultQuestionDesired': 'Describe our culture as you WANT it to be, in four words',
    'culture.csv.duplicateColumn': 'the column "{column}" appears twice in the header row.',
    'culture.csv.tooManyWords':
      'this row has more cells than the header row; at most {max} words per side are allowed.',
    'culture.csv.wordTooLong': 'a word is longer than {max} characters.',
    'culture.csv.participantTooLong': 'the participant is longer than {max} characters.',
    'culture.csv.groupTooLong': 'the group name is longer than {max} characters.',
    'culture.csv.emptyRowSkipped': 'row without words skipped.',
  },
);
