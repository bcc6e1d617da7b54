import { z } from 'zod';
import { AppError } from '../errors';
import { assertGroupExists } from '../groups';
import { idSchema } from '../ids';
import type { Session } from '../session';
import {
  cultureEntrySchema,
  MAX_QUESTION,
  MAX_WORD,
  type CultureData,
  type CultureEntry,
} from './model';
import { matchingKey } from './normalise';
import { mergeResolver } from './vocabulary';
import type { DeepReadonly } from '../readonly';

/** A word as the facilitator points at it; the commands store its matching key. */
const wordRefSchema = z.string().min(1).max(MAX_WORD);

export const cultureCommandSchemas = [
  z.object({ type: z.literal('culture.setRevealed'), revealed: z.boolean() }),
  z.object({
    type: z.literal('culture.setQuestions'),
    /** null restores the default question in the session language. */
    current: z.string().trim().max(MAX_QUESTION).nullable(),
    desired: z.string().trim().max(MAX_QUESTION).nullable(),
  }),
  z.object({ type: z.literal('culture.addEntry'), entry: cultureEntrySchema }),
  /** Replaces the entry with the same id. */
  z.object({ type: z.literal('culture.updateEntry'), entry: cultureEntrySchema }),
  z.object({ type: z.literal('culture.deleteEntry'), id: idSchema }),
  z.object({ type: z.literal('culture.merge'), from: wordRefSchema, into: wordRefSchema }),
  z.object({ type: z.literal('culture.unmerge'), from: wordRefSchema }),
  z.object({ type: z.literal('culture.setHidden'), word: wordRefSchema, hidden: z.boolean() }),
  z.object({ type: z.literal('culture.setLimiting'), word: wordRefSchema, limiting: z.boolean() }),
  z.object({ type: z.literal('culture.setProfanityFilter'), on: z.boolean() }),
  /** Shows a word the swear-word list hides (or hides it again). */
  z.object({
    type: z.literal('culture.setShownDespiteFilter'),
    word: wordRefSchema,
    shown: z.boolean(),
  }),
] as const;

export type CultureCommand = DeepReadonly<z.infer<(typeof cultureCommandSchemas)[number]>>;

function invalid(message: string): AppError {
  return new AppError('invalidCommand', message);
}

function keyOf(word: string): string {
  const key = matchingKey(word);
  if (key === '') throw invalid(`"${word}" holds no word to act on.`);
  return key;
}

/** Words are trimmed and empty slots dropped; a participant without any word is no entry. */
function cleanEntry(session: Session, entry: CultureEntry): CultureEntry {
  const words = (side: readonly string[]) => side.map((w) => w.trim()).filter((w) => w !== '');
  const cleaned = {
    ...entry,
    participant: entry.participant.trim(),
    current: words(entry.current),
    desired: words(entry.desired),
  };
  if (cleaned.current.length + cleaned.desired.length === 0) {
    throw invalid('An entry needs at least one word.');
  }
  assertGroupExists(session, cleaned.group);
  return cleaned;
}

function indexOfEntry(data: CultureData, id: string): number {
  const index = data.entries.findIndex((e) => e.id === id);
  if (index < 0) throw invalid(`There is no culture entry with id ${id}.`);
  return index;
}

/** Adds or removes a key in one of the key lists, leaving the list alone when nothing changes. */
function toggle(list: readonly string[], key: string, on: boolean): readonly string[] {
  if (list.includes(key) === on) return list;
  return on ? [...list, key] : list.filter((k) => k !== key);
}

function merge(data: CultureData, fromWord: string, intoWord: string): CultureData {
  const from = keyOf(fromWord);
  const into = keyOf(intoWord);
  if (from === into) throw invalid(`"${fromWord}" and "${intoWord}" are already the same word.`);
  const earlier = data.merges.find((m) => m.from === from);
  if (earlier) {
    throw invalid(`"${fromWord}" is already merged into "${earlier.into}"; undo that merge first.`);
  }
  if (mergeResolver(data.merges)(into) === from) {
    throw invalid(`"${intoWord}" is already merged into "${fromWord}".`);
  }
  return { ...data, merges: [...data.merges, { from, into }] };
}

function updateCulture(session: Session, command: CultureCommand): CultureData {
  const data = session.culture;
  switch (command.type) {
    case 'culture.setRevealed':
      return { ...data, revealed: command.revealed };
    case 'culture.setQuestions':
      return {
        ...data,
        questionCurrent: command.current || null,
        questionDesired: command.desired || null,
      };
    case 'culture.addEntry':
      if (data.entries.some((e) => e.id === command.entry.id)) {
        throw invalid(`A culture entry with id ${command.entry.id} already exists.`);
      }
      return { ...data, entries: [...data.entries, cleanEntry(session, command.entry)] };
    case 'culture.updateEntry': {
      const index = indexOfEntry(data, command.entry.id);
      const entries = data.entries.with(index, cleanEntry(session, command.entry));
      return { ...data, entries };
    }
    case 'culture.deleteEntry':
      indexOfEntry(data, command.id);
      return { ...data, entries: data.entries.filter((e) => e.id !== command.id) };
    case 'culture.merge':
      return merge(data, command.from, command.into);
    case 'culture.unmerge': {
      const from = keyOf(command.from);
      if (!data.merges.some((m) => m.from === from)) {
        throw invalid(`"${command.from}" is not merged into another word.`);
      }
      return { ...data, merges: data.merges.filter((m) => m.from !== from) };
    }
    case 'culture.setHidden':
      return { ...data, hidden: toggle(data.hidden, keyOf(command.word), command.hidden) };
    case 'culture.setLimiting':
      return { ...data, limiting: toggle(data.limiting, keyOf(command.word), command.limiting) };
    case 'culture.setProfanityFilter':
      return { ...data, profanityFilter: command.on };
    case 'culture.setShownDespiteFilter': {
      const key = keyOf(command.word);
      return { ...data, shownDespiteFilter: toggle(data.shownDespiteFilter, key, command.shown) };
    }
  }
}

export function applyCultureCommand(session: Session, command: CultureCommand): Session {
  return { ...session, culture: updateCulture(session, command) };
}
