import { sessionSchema, newSession, type Session } from '../../shared/session';
import type { CultureEntry } from '../../shared/culture/model';
import type { KanoRespondent } from '../../shared/kano/model';
import type { ExcellenceParticipant } from '../../shared/excellence/model';
import { seededRandom } from '../seededRandom';

// A workshop with data in every method, for the report's unit tests, e2e test and bench.
// Seeded, so every run prints the same report.

export const CURRENT_WORDS = [
  'bureaucratisch',
  'betrouwbaar',
  'traag',
  'hiërarchisch',
  'collegiaal',
  'afwachtend',
  'degelijk',
  'intern gericht',
  'vakkundig',
  'voorzichtig',
];
export const DESIRED_WORDS = [
  'klantgericht',
  'wendbaar',
  'open',
  'betrouwbaar',
  'snel',
  'innovatief',
  'eigen verantwoordelijkheid',
  'samenwerken',
  'ondernemend',
  'collegiaal',
];
/** Merged into "klantgericht" by the facilitator. */
export const MERGED_WORD = 'klantgerichtheid';
/** Hidden by the facilitator: must appear nowhere in the report. */
export const HIDDEN_WORD = 'waardeloos';

export const WISHES = [
  { name: 'Factuur klopt altijd', tendency: 'M' },
  { name: 'Bereikbaar tot 20.00 uur', tendency: 'O' },
  { name: 'Vaste contactpersoon', tendency: 'O' },
  { name: 'Storing binnen 4 uur opgelost', tendency: 'M' },
  { name: 'App met live status', tendency: 'A' },
  { name: 'Persoonlijke verjaardagskaart', tendency: 'A' },
  { name: 'Duurzaam verpakt', tendency: 'I' },
  { name: 'Proactief advies over verbruik', tendency: 'A' },
] as const;

/** Answer pairs that classify as each category (functional, dysfunctional). */
const PAIRS = { M: [2, 5], O: [1, 5], A: [1, 3], I: [3, 3] } as const;
const CATEGORIES = ['M', 'O', 'A', 'I'] as const;

export const ACTIONS = [
  {
    block: 1,
    what: 'Klantpanel twee keer per jaar organiseren',
    who: 'Marketing',
    when: 'Q1 2027',
  },
  { block: 4, what: 'Cultuurwaarden vertalen naar gedragsregels', who: 'HR en MT', when: 'maart' },
  {
    block: 3,
    what: 'Directie loopt maandelijks mee met de klantenservice',
    who: 'Directie',
    when: 'doorlopend',
  },
  { block: 7, what: 'Klantreis storingsmelding herontwerpen', who: 'Operations', when: 'juni' },
  { block: 8, what: 'NPS-meting na elk contact invoeren', who: 'BI-team', when: 'Q2 2027' },
] as const;

export function reportSession(
  options: {
    participants?: number;
    id?: string;
    organisation?: string;
    language?: 'nl' | 'en';
  } = {},
): Session {
  const participants = options.participants ?? 24;
  const random = seededRandom(participants);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * random() * list.length)]!;
  const groups = [
    { id: 'management', name: 'Management' },
    { id: 'medewerkers', name: 'Medewerkers' },
  ];
  const groupOf = (i: number) => (i % 3 === 0 ? 'management' : 'medewerkers');
  const four = (words: readonly string[]) => {
    const chosen = new Set<string>();
    while (chosen.size < 4) chosen.add(pick(words));
    return [...chosen];
  };
  const entries: CultureEntry[] = Array.from({ length: participants }, (_, i) => ({
    id: `c${i}`,
    participant: `Deelnemer ${i + 1}`,
    group: groupOf(i),
    current: i === 1 ? [...four(CURRENT_WORDS).slice(0, 3), HIDDEN_WORD] : four(CURRENT_WORDS),
    desired: i % 5 === 2 ? [...four(DESIRED_WORDS).slice(0, 3), MERGED_WORD] : four(DESIRED_WORDS),
  }));
  // Every word occurs at least once, so the tests can look for all of them.
  entries[0] = {
    ...entries[0]!,
    current: CURRENT_WORDS.slice(0, 4),
    desired: DESIRED_WORDS.slice(0, 4),
  };
  if (participants > 2) {
    entries[2] = {
      ...entries[2]!,
      current: CURRENT_WORDS.slice(4, 8),
      desired: DESIRED_WORDS.slice(4, 8),
    };
    entries[3] = {
      ...entries[3]!,
      current: CURRENT_WORDS.slice(8),
      desired: [...DESIRED_WORDS.slice(8), 'klantgericht'],
    };
  }

  const wishes = WISHES.map((wish, i) => ({ id: `w${i}`, name: wish.name, description: '' }));
  const respondents: KanoRespondent[] = Array.from({ length: participants }, (_, r) => ({
    id: `k${r}`,
    label: '',
    group: groupOf(r),
    answers: Object.fromEntries(
      WISHES.map((wish, i) => {
        const category = random() < 0.65 ? wish.tendency : CATEGORIES[Math.floor(random() * 4)]!;
        const [functional, dysfunctional] = PAIRS[category];
        return [`w${i}`, { functional, dysfunctional, importance: 1 + Math.floor(random() * 9) }];
      }),
    ),
  }));

  const nowBase = [6, 7, 6.5, 5, 5.5, 6.5, 5, 4.5, 5.5];
  const excellence: ExcellenceParticipant[] = Array.from({ length: participants }, (_, p) => ({
    id: `e${p}`,
    label: '',
    group: groupOf(p),
    scores: Object.fromEntries(
      nowBase.map((base, b) => {
        const lift = groupOf(p) === 'management' ? 1 : 0;
        const now = Math.min(10, Math.max(1, Math.round(base + lift + (random() - 0.5) * 4)));
        const target = Math.min(10, Math.max(now, Math.round(8 + (random() - 0.3) * 2)));
        return [String(b + 1), { now, target, comment: '' }];
      }),
    ),
  }));

  const base = newSession(
    options.id ?? 'report-test',
    {
      name: 'Klantreis 2026',
      organisation: options.organisation ?? 'Waterbedrijf Noord',
      facilitator: 'Anne de Vries',
      date: '2026-11-20',
      language: options.language ?? 'nl',
    },
    new Date('2026-11-20T09:00:00Z'),
  );
  return sessionSchema.parse({
    ...base,
    groups,
    culture: {
      ...base.culture,
      entries,
      merges: [{ from: MERGED_WORD, into: 'klantgericht' }],
      hidden: [HIDDEN_WORD],
      limiting: ['bureaucratisch', 'afwachtend'],
    },
    kano: { ...base.kano, wishes, respondents },
    excellence: {
      ...base.excellence,
      participants: excellence,
      actions: ACTIONS.map((a, i) => ({ id: `a${i}`, status: 'open', ...a })),
    },
    report: {
      ...base.report,
      conclusions:
        'Het team wil van een voorzichtige, interne organisatie naar een wendbare, klantgerichte.\n\nEerste stap: het klantpanel en de nieuwe klantreis voor storingen.',
    },
  });
}

/** The same workshop with only culture data: the report must show no Kano or SE pages. */
export function cultureOnlySession(id = 'culture-only'): Session {
  const full = reportSession({ id });
  return {
    ...full,
    kano: { ...full.kano, wishes: [], respondents: [] },
    excellence: { ...full.excellence, participants: [], actions: [] },
  };
}
