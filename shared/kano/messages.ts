import { defineMessages } from '../i18n/define';

export const kanoMessages = defineMessages(
  {
    'kano.title': 'Kano',
    'kano.csv.noRows': 'het bestand heeft een kopregel maar geen antwoorden.',
    'kano.csv.doubledColumn': 'de kolom "{column}" staat twee keer in de kopregel.',
    'kano.csv.missingRespondent': 'de respondent ontbreekt.',
    'kano.csv.longRespondent': 'de naam van de respondent is langer dan {max} tekens.',
    'kano.csv.missingWish': 'de wens ontbreekt.',
    'kano.csv.longWish': 'de wens is langer dan {max} tekens.',
    'kano.csv.longGroup': 'de groepsnaam is langer dan {max} tekens.',
    'kano.csv.missingAnswer': 'het antwoord in de kolom "{column}" ontbreekt.',
    'kano.csv.badAnswer':
      '"{value}" in de kolom "{column}" is geen antwoord; gebruik 1–5 of Leuk, Vanzelfsprekend, Maakt niet uit, Kan ermee leven, Niet leuk.',
    'kano.csv.badImportance': 'het belang "{value}" is geen geheel getal van 1 tot en met 9.',
    'kano.csv.groupConflict':
      'respondent "{respondent}" staat hier in een andere groep dan op regel {earlier}.',
    'kano.csv.duplicate':
      'respondent "{respondent}" beantwoordde "{wish}" al op regel {earlier}; deze regel vervangt die.',
    'kano.csv.sameLabel':
      'er is al een respondent "{respondent}" in de sessie; deze wordt als nieuwe respondent toegevoegd.',
    'kano.csv.tooManyRespondents': 'het bestand heeft meer dan {max} respondenten.',
    'kano.csv.tooManyGroups': 'een sessie heeft ten hoogste {max} groepen.',
  },
  {
    'kano.title': 'Kano',
    'kano.csv.noRows': 'the file has a header row but no answers.',
    'kano.csv.doubledColumn': 'the column "{column}" appears twice in the header row.',
    'kano.csv.missingRespondent': 'the respondent is missing.',
    'kano.csv.longRespondent': 'the respondent name is longer than {max} characters.',
    'kano.csv.missingWish': 'the wish is missing.',
    'kano.csv.longWish': 'the wish is longer than {max} characters.',
    'kano.csv.longGroup': 'the group name is longer than {max} characters.',
    'kano.csv.missingAnswer': 'the answer in the column "{column}" is missing.',
    'kano.csv.badAnswer':
      '"{value}" in the column "{column}" is not an answer; use 1–5 or Like, Expect, Neutral, Live with, Dislike.',
    'kano.csv.badImportance': 'the importance "{value}" is not a whole number from 1 to 9.',
    'kano.csv.groupConflict':
      'respondent "{respondent}" is in another group here than on line {earlier}.',
    'kano.csv.duplicate':
      'respondent "{respondent}" already answered "{wish}" on line {earlier}; this line replaces it.',
    'kano.csv.sameLabel':
      'there already is a respondent "{respondent}" in the session; this one is added as a new respondent.',
    'kano.csv.tooManyRespondents': 'the file has more than {max} respondents.',
    'kano.csv.tooManyGroups': 'a session has at most {max} groups.',
  },
);
