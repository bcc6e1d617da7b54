import type { ImportRepair } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { BLOCK_NUMBERS } from '../../shared/excellence/model';
import { sameGroupName } from '../../shared/groups';
import type { Session } from '../../shared/session';

/**
 * The deepest nesting of arrays and objects an export may have. A session's own is about 7
 * (session → kano → respondents → one → answers → wish → answer); a file nested thousands deep
 * would overflow the stack of whatever walks it, so it is refused before parsing.
 */
export const MAX_IMPORT_DEPTH = 32;

/** Whether the JSON text nests arrays and objects deeper than `max` (strings are skipped). */
export function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

const BLOCK_KEYS = new Set(BLOCK_NUMBERS.map(String));

/**
 * What the schema cannot see: whether the parts of a session fit together. The app itself never
 * writes a session that fails this, so a file that does was made or edited elsewhere.
 * - Refused, with the reason, where the meaning is unclear: two things with one id (which one
 *   would a change mean?), two groups whose names differ only in capitals (the app takes them
 *   for one group), a score for a block that is not 1–9 ("99", "abc": which block was meant?).
 * - Repaired, and said, where the app has a rule for it already, the one it applies when a group
 *   or a wish is removed: a participant of a group the file does not have gets no group; Kano
 *   answers and consensus for a wish the file does not have are left out.
 */
export function checkImportedSession(session: Session): {
  session: Session;
  repairs: ImportRepair[];
} {
  refuseDuplicates(session);
  const groupIds = new Set(session.groups.map((g) => g.id));
  const wishIds = new Set(session.kano.wishes.map((w) => w.id));
  for (const participant of session.excellence.participants) {
    const wrong = Object.keys(participant.scores).find((key) => !BLOCK_KEYS.has(key));
    if (wrong !== undefined) {
      refuse(
        `participant "${participant.label || participant.id}" has a score for block "${wrong}"; blocks are numbered 1 to 9.`,
      );
    }
  }

  let ungrouped = 0;
  const grouped = <T extends { group: string | null }>(item: T): T => {
    if (item.group === null || groupIds.has(item.group)) return item;
    ungrouped++;
    return { ...item, group: null };
  };
  let droppedAnswers = 0;
  const respondents = session.kano.respondents.map((respondent) => {
    const answers = Object.entries(respondent.answers);
    const kept = answers.filter(([wishId]) => wishIds.has(wishId));
    droppedAnswers += answers.length - kept.length;
    const withAnswers =
      kept.length === answers.length
        ? respondent
        : { ...respondent, answers: Object.fromEntries(kept) };
    return grouped(withAnswers);
  });
  const consensus = Object.entries(session.kano.consensus);
  const keptConsensus = consensus.filter(([wishId]) => wishIds.has(wishId));
  const repaired: Session = {
    ...session,
    culture: { ...session.culture, entries: session.culture.entries.map(grouped) },
    kano: { ...session.kano, respondents, consensus: Object.fromEntries(keptConsensus) },
    excellence: {
      ...session.excellence,
      participants: session.excellence.participants.map(grouped),
    },
  };
  const repairs: ImportRepair[] = [];
  if (ungrouped > 0) repairs.push({ kind: 'ungroupedParticipants', count: ungrouped });
  if (droppedAnswers > 0) repairs.push({ kind: 'droppedKanoAnswers', count: droppedAnswers });
  const droppedConsensus = consensus.length - keptConsensus.length;
  if (droppedConsensus > 0) repairs.push({ kind: 'droppedConsensus', count: droppedConsensus });
  return { session: repairs.length > 0 ? repaired : session, repairs };
}

function refuseDuplicates(session: Session): void {
  const lists: [string, readonly { id: string }[]][] = [
    ['groups', session.groups],
    ['culture entries', session.culture.entries],
    ['Kano wishes', session.kano.wishes],
    ['Kano respondents', session.kano.respondents],
    ['Service Excellence participants', session.excellence.participants],
    ['Service Excellence actions', session.excellence.actions],
  ];
  for (const [what, items] of lists) {
    const seen = new Set<string>();
    for (const { id } of items) {
      if (seen.has(id)) refuse(`two ${what} have the id "${id}".`);
      seen.add(id);
    }
  }
  session.groups.forEach((group, index) => {
    const twin = session.groups.slice(0, index).find((g) => sameGroupName(g.name, group.name));
    if (twin) {
      refuse(
        `the groups "${twin.name}" and "${group.name}" differ only in capitals; the app takes them for one group.`,
      );
    }
  });
}

function refuse(reason: string): never {
  throw new AppError('invalidImport', `The file does not fit together: ${reason}`);
}
