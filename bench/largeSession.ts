import { BLOCK_NUMBERS } from '../shared/excellence/model';
import { newSession, sessionSchema, type Session } from '../shared/session';
import { seededRandom } from './util';

const CURRENT = [
  'klantgericht',
  'betrokken',
  'hiërarchisch',
  'afwachtend',
  'bureaucratisch',
  'collegiaal',
  'traag',
  'loyaal',
  'voorzichtig',
  'gedreven',
];
const DESIRED = [
  'proactief',
  'wendbaar',
  'open',
  'klantgericht',
  'eigenaarschap',
  'innovatief',
  'samen',
  'transparant',
  'betrokken',
  'moedig',
];

/**
 * A session as a big workshop leaves it: `participants` people in all three methods, two
 * groups, 20 wishes, actions. Built from the model directly and validated by the schema.
 */
export function largeSession(id: string, participants: number, wishCount = 20): Session {
  const random = seededRandom(participants);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const base = newSession(
    id,
    {
      name: `Workshop ${participants}`,
      organisation: 'Gemeente Voorbeeld',
      facilitator: 'Anna de Vries',
    },
    new Date('2026-03-01T09:00:00Z'),
  );
  const groups = [
    { id: 'management', name: 'management' },
    { id: 'medewerkers', name: 'medewerkers' },
  ];
  const group = (i: number) => groups[i % 5 === 0 ? 0 : 1]!.id;
  const wishes = Array.from({ length: wishCount }, (_, w) => ({
    id: `wish-${w}`,
    name: `Wens ${w + 1}`,
    description: '',
  }));
  return sessionSchema.parse({
    ...base,
    groups,
    culture: {
      ...base.culture,
      revealed: true,
      entries: Array.from({ length: participants }, (_, i) => ({
        id: `c-${i}`,
        participant: `P${i + 1}`,
        group: group(i),
        current: Array.from({ length: 4 }, () => pick(CURRENT)),
        desired: Array.from({ length: 4 }, () => pick(DESIRED)),
      })),
    },
    kano: {
      ...base.kano,
      revealed: true,
      wishes,
      respondents: Array.from({ length: participants }, (_, i) => ({
        id: `k-${i}`,
        label: `R${i + 1}`,
        group: group(i),
        answers: Object.fromEntries(
          wishes.map((w) => [
            w.id,
            { functional: int(1, 5), dysfunctional: int(1, 5), importance: int(1, 9) },
          ]),
        ),
      })),
    },
    excellence: {
      ...base.excellence,
      revealed: true,
      participants: Array.from({ length: participants }, (_, i) => ({
        id: `e-${i}`,
        label: `P${i + 1}`,
        group: group(i),
        scores: Object.fromEntries(
          BLOCK_NUMBERS.map((b) => [
            String(b),
            { now: int(3, 8), target: int(6, 10), comment: '' },
          ]),
        ),
      })),
      actions: BLOCK_NUMBERS.slice(0, 4).map((b) => ({
        id: `a-${b}`,
        block: b,
        what: `Actie voor blok ${b}`,
        who: 'MT',
        when: 'Q3',
        status: 'open',
      })),
    },
  });
}
