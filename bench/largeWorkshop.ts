import { BLOCK_NUMBERS } from '../shared/excellence/model';
import type { Command } from '../shared/commands';
import { seededRandom } from './util';

/**
 * The commands and CSV files of a very large workshop (10,000 people per method), the same on
 * every run: culture words with Zipf-like frequencies from a realistic Dutch vocabulary, Kano
 * answers over ten wishes, Service Excellence marks for all nine blocks.
 */

/** Words a Dutch team really uses about its culture, most common first. */
const DUTCH_WORDS = [
  'klantgericht',
  'betrokken',
  'collegiaal',
  'hiërarchisch',
  'bureaucratisch',
  'traag',
  'loyaal',
  'open',
  'betrouwbaar',
  'gedreven',
  'voorzichtig',
  'afwachtend',
  'vakkundig',
  'informeel',
  'resultaatgericht',
  'behoudend',
  'wendbaar',
  'proactief',
  'transparant',
  'innovatief',
  'eigenaarschap',
  'samenwerken',
  'creatief',
  'eerlijk',
  'snel',
  'moedig',
  'flexibel',
  'gezellig',
  'zakelijk',
  'gesloten',
  'intern gericht',
  'regelgericht',
  'risicomijdend',
  'veilig',
  'respectvol',
  'ambitieus',
  'duidelijk',
  'stabiel',
  'chaotisch',
  'druk',
  'kritisch',
  'lerend',
  'nieuwsgierig',
  'hulpvaardig',
  'warm',
  'vriendelijk',
  'degelijk',
  'zorgvuldig',
  'pragmatisch',
  'servicegericht',
  'verantwoordelijk',
  'daadkrachtig',
  'toekomstgericht',
  'doelgericht',
  'energiek',
  'vernieuwend',
  'verbindend',
  'rustig',
  'afstandelijk',
  'formeel',
  'top-down',
  'verkokerd',
  'star',
  'log',
  'kostenbewust',
  'sociaal',
  'trots',
  'professioneel',
  'inspirerend',
  'waarderend',
  'ondernemend',
  'digitaal',
  'persoonlijk',
  'menselijk',
  'efficiënt',
  'gestructureerd',
  'improviserend',
  'reactief',
  'ad hoc',
  'politiek',
  'hard werkend',
  'kwaliteitsbewust',
  'bescheiden',
  'nuchter',
  'gastvrij',
  'betrokkenheid',
  'vertrouwen',
  'duurzaam',
  'zelfsturend',
  'creëren',
  'één team',
  'café-sfeer',
];
const PREFIXES = ['', 'niet ', 'te ', 'erg ', 'weinig ', 'meer ', 'soms '];

/** About 600 distinct words: the list, then the list with a qualifier, in order of use. */
function vocabulary(): string[] {
  const words: string[] = [];
  for (const prefix of PREFIXES) for (const word of DUTCH_WORDS) words.push(`${prefix}${word}`);
  return words;
}

/** The word of rank k is used about 1/k as often as the most common one. */
function zipfPicker(words: readonly string[], random: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < words.length; i++) cumulative.push((total += 1 / (i + 1)));
  return () => {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

/** How people type: now and then a capital or a full stop, so the analysis has to normalise. */
function typed(word: string, random: () => number): string {
  const r = random();
  if (r < 0.1) return word[0]!.toUpperCase() + word.slice(1);
  if (r < 0.13) return `${word}.`;
  return word;
}

export const GROUPS = [
  { id: 'g-management', name: 'Management' },
  { id: 'g-medewerkers', name: 'Medewerkers' },
  { id: 'g-klanten', name: 'Klanten' },
];
const groupOf = (i: number) => GROUPS[i % 10 === 0 ? 0 : i % 3 === 0 ? 2 : 1]!;

export const WISHES = [
  'Duidelijke prijs vooraf',
  'Online een afspraak maken',
  'Reparatie binnen een dag',
  'Vervangend toestel tijdens reparatie',
  'Persoonlijke contactpersoon',
  'Status volgen via sms',
  'Gratis ophalen en terugbrengen',
  'Garantie van twee jaar',
  'Koffie en wifi in de winkel',
  'Avondopening op donderdag',
].map((name, i) => ({ id: `wish-${i + 1}`, name, description: '' }));

interface CultureRow {
  participant: string;
  group: string;
  current: string[];
  desired: string[];
}
interface KanoRow {
  respondent: string;
  group: string;
  answers: { functional: number; dysfunctional: number; importance: number }[];
}
interface ExcellenceRow {
  participant: string;
  group: string;
  marks: { now: number; target: number }[];
}

function cultureRows(count: number): CultureRow[] {
  const random = seededRandom(count + 1);
  const words = vocabulary();
  // The desired culture uses a different part of the vocabulary most.
  const currentPick = zipfPicker(words, random);
  const desiredPick = zipfPicker([...words.slice(15), ...words.slice(0, 15)], random);
  return Array.from({ length: count }, (_, i) => ({
    participant: `Deelnemer ${i + 1}`,
    group: groupOf(i).name,
    current: Array.from({ length: 4 }, () => typed(currentPick(), random)),
    desired: Array.from({ length: 4 }, () => typed(desiredPick(), random)),
  }));
}

function kanoRows(count: number): KanoRow[] {
  const random = seededRandom(count + 2);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  return Array.from({ length: count }, (_, i) => ({
    respondent: `Formulier ${i + 1}`,
    group: groupOf(i).name,
    answers: WISHES.map(() => ({
      functional: int(1, 5),
      dysfunctional: int(1, 5),
      importance: int(1, 9),
    })),
  }));
}

function excellenceRows(count: number): ExcellenceRow[] {
  const random = seededRandom(count + 3);
  const half = (lo: number, hi: number) => lo + Math.floor(random() * ((hi - lo) * 2 + 1)) / 2;
  return Array.from({ length: count }, (_, i) => ({
    participant: `Deelnemer ${i + 1}`,
    group: groupOf(i).name,
    marks: BLOCK_NUMBERS.map(() => ({ now: half(3, 8), target: half(6, 10) })),
  }));
}

const groupId = (name: string) => GROUPS.find((g) => g.name === name)!.id;

/** Everything a session needs before the people come in: groups, wishes, results revealed. */
export function setupCommands(): Command[] {
  return [
    ...GROUPS.map((group) => ({ type: 'session.addGroup' as const, group })),
    { type: 'kano.addWishes', wishes: WISHES },
    { type: 'culture.setRevealed', revealed: true },
    { type: 'kano.setRevealed', revealed: true },
    { type: 'excellence.setRevealed', revealed: true },
    ...[1, 4, 7].map((block) => ({
      type: 'excellence.addAction' as const,
      action: {
        id: `action-${block}`,
        block,
        what: `Verbeteractie voor blok ${block}`,
        who: 'MT',
        when: 'Q3',
        status: 'open' as const,
      },
    })),
  ];
}

/** One command per participant, as an import or the participant pages send them. */
export function participantCommands(
  method: 'culture' | 'kano' | 'excellence',
  count: number,
): Command[] {
  if (method === 'culture') {
    return cultureRows(count).map((row, i) => ({
      type: 'culture.addEntry',
      entry: {
        id: `c-${i}`,
        participant: row.participant,
        group: groupId(row.group),
        current: row.current,
        desired: row.desired,
      },
    }));
  }
  if (method === 'kano') {
    return kanoRows(count).map((row, i) => ({
      type: 'kano.addRespondent',
      respondent: {
        id: `k-${i}`,
        label: row.respondent,
        group: groupId(row.group),
        answers: Object.fromEntries(row.answers.map((a, w) => [WISHES[w]!.id, a])),
      },
    }));
  }
  return excellenceRows(count).map((row, i) => ({
    type: 'excellence.addParticipant',
    participant: {
      id: `e-${i}`,
      label: row.participant,
      group: groupId(row.group),
      scores: Object.fromEntries(
        row.marks.map((m, b) => [String(BLOCK_NUMBERS[b]), { ...m, comment: '' }]),
      ),
    },
  }));
}

const csv = (lines: (string | number)[][]) => `${lines.map((l) => l.join(',')).join('\n')}\n`;

/** The import file of `count` people for the method, in its documented (English) format. */
export function participantCsv(method: 'culture' | 'kano' | 'excellence', count: number): string {
  if (method === 'culture') {
    const words = (side: string) => [1, 2, 3, 4].map((n) => `${side}_${n}`);
    return csv([
      ['participant', 'group', ...words('current'), ...words('desired')],
      ...cultureRows(count).map((r) => [r.participant, r.group, ...r.current, ...r.desired]),
    ]);
  }
  if (method === 'kano') {
    return csv([
      ['respondent', 'group', 'wish', 'functional', 'dysfunctional', 'importance'],
      ...kanoRows(count).flatMap((r) =>
        r.answers.map((a, w) => [
          r.respondent,
          r.group,
          WISHES[w]!.name,
          a.functional,
          a.dysfunctional,
          a.importance,
        ]),
      ),
    ]);
  }
  return csv([
    ['participant', 'group', 'block', 'now', 'target', 'comment'],
    ...excellenceRows(count).flatMap((r) =>
      r.marks.map((m, b) => [r.participant, r.group, BLOCK_NUMBERS[b]!, m.now, m.target, '']),
    ),
  ]);
}
