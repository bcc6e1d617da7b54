import { defineMessages } from './i18n/define';

/**
 * The CSV engine's messages, the same for every method (shared/csv.ts, shared/csvImport.ts).
 * A method has its own keys only for its own values (a Kano answer word, a block number).
 */
export const csvMessages = defineMessages(
  {
    'csv.atLine': 'Regel {line}: {text}',
    'csv.andMore': '… en nog {count, plural, one {# probleem} other {# problemen}}.',
    'csv.notCsv':
      'Dit is geen CSV-bestand. Sla het in Excel op als "CSV (gescheiden door lijstscheidingsteken)" of als "Unicode-tekst" en probeer het opnieuw.',
    'csv.empty': 'Het bestand is leeg.',
    'csv.tooManyRows':
      'het bestand heeft meer dan {max, plural, one {# rij} other {# rijen}}; deze rij is er één te veel.',
    'csv.unterminatedQuote':
      'hier begint een aanhalingsteken (") dat nergens wordt gesloten; de rest van het bestand zou in één cel belanden.',
    'csv.strayQuote':
      'na het aanhalingsteken dat een cel sluit staat nog tekst; schrijf een aanhalingsteken binnen een cel dubbel ("").',
    'csv.missingColumn': 'de kolom "{column}" ontbreekt in de kopregel.',
    'csv.unknownColumn': 'onbekende kolom "{column}" in de kopregel.',
    'csv.duplicateColumn': 'de kolom "{column}" staat twee keer in de kopregel.',
    'csv.extraCells': 'deze rij heeft meer cellen dan de kopregel.',
    'csv.noRows': 'het bestand heeft een kopregel maar geen rijen.',
    'csv.missingValue': 'de kolom "{column}" is leeg.',
    'csv.tooLong':
      'de tekst in de kolom "{column}" is langer dan {max, plural, one {# teken} other {# tekens}}.',
    'csv.duplicateParticipant':
      'deelnemer "{participant}" staat ook op regel {first}; geef elke deelnemer één rij.',
    'csv.groupConflict':
      'deelnemer "{participant}" staat hier in een andere groep dan op regel {first}.',
    'csv.tooManyGroups':
      'met de groep "{group}" komt de sessie boven {max, plural, one {# groep} other {# groepen}}.',
    'csv.tooManyParticipants':
      'het bestand heeft meer dan {max, plural, one {# deelnemer} other {# deelnemers}}; deze rij begint er één te veel.',
    'csv.participantExists':
      'er is al een deelnemer "{participant}" in deze sessie; de import voegt een nieuwe toe.',
    'csv.imported': '{count, plural, one {# deelnemer} other {# deelnemers}} geïmporteerd.',
    'csv.importedNewGroups': 'Nieuwe groepen: {groups}.',
  },
  {
    'csv.atLine': 'Line {line}: {text}',
    'csv.andMore': '… and {count, plural, one {# more problem} other {# more problems}}.',
    'csv.notCsv':
      'This is not a CSV file. Save it in Excel as "CSV (Comma delimited)" or as "Unicode Text" and try again.',
    'csv.empty': 'The file is empty.',
    'csv.tooManyRows':
      'the file has more than {max, plural, one {# row} other {# rows}}; this row is one too many.',
    'csv.unterminatedQuote':
      'a quote (") starts here that is never closed; the rest of the file would end up in one cell.',
    'csv.strayQuote':
      'text follows the quote that closes a cell; write a quote inside a cell twice ("").',
    'csv.missingColumn': 'the column "{column}" is missing from the header row.',
    'csv.unknownColumn': 'unknown column "{column}" in the header row.',
    'csv.duplicateColumn': 'the column "{column}" appears twice in the header row.',
    'csv.extraCells': 'this row has more cells than the header row.',
    'csv.noRows': 'the file has a header row but no rows.',
    'csv.missingValue': 'the column "{column}" is empty.',
    'csv.tooLong':
      'the text in the column "{column}" is longer than {max, plural, one {# character} other {# characters}}.',
    'csv.duplicateParticipant':
      'participant "{participant}" is also on line {first}; give each participant one row.',
    'csv.groupConflict':
      'participant "{participant}" is in another group here than on line {first}.',
    'csv.tooManyGroups':
      'the group "{group}" would take the session over {max, plural, one {# group} other {# groups}}.',
    'csv.tooManyParticipants':
      'the file has more than {max, plural, one {# participant} other {# participants}}; this row starts one too many.',
    'csv.participantExists':
      'there is already a participant "{participant}" in this session; the import adds a new one.',
    'csv.imported': '{count, plural, one {# participant} other {# participants}} imported.',
    'csv.importedNewGroups': 'New groups: {groups}.',
  },
);
