import { z } from 'zod';
import { AppError } from '../errors';
import { assertGroupExists } from '../groups';
import { idSchema } from '../ids';
import type { Session } from '../session';
import {
  coreValueSchema,
  cultureEntrySchema,
  cultureListSchema,
  MAX_CORE_VALUES,
  MAX_QUESTION,
  MAX_WORD,
  type CoreValue,
  type CultureData,
  type CultureEntry,
  type CultureList,
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
  /** Moves a word to another from→to list; null puts it back on the list the analysis gives. */
  z.object({
    type: z.literal('culture.moveWord'),
    word: wordRefSchema,
    to: cultureListSchema.nullable(),
  }),
  z.object({ type: z.literal('culture.addCoreValue'), value: coreValueSchema }),
  /** Replaces the value with the same id, its words included (dropping a word on it). */
  z.object({ type: z.literal('culture.updateCoreValue'), value: coreValueSchema }),
  z.object({ type: z.literal('culture.deleteCoreValue'), id: idSchema }),
  z.object({
    type: z.literal('culture.moveCoreValue'),
    id: idSchema,
    index: z.number().int().min(0),
  }),
  /** "Not the same word": the suggestion to merge `from` into `into` is not made again. */
  z.object({
    type: z.literal('culture.dismissSuggestion'),
    from: wordRefSchema,
    into: wordRefSchema,
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

function moveWord(data: CultureData, word: string, to: CultureList | null) {
  const key = keyOf(word);
  const others = data.steering.filter((s) => s.key !== key);
  return { ...data, steering: to === null ? others : [...others, { key, to }] };
}

/** The value as stored: its words as matching keys, each once, in the order given. */
function cleanCoreValue(value: CoreValue): CoreValue {
  return { ...value, words: [...new Set(value.words.map(keyOf))] };
}

function indexOfCoreValue(data: CultureData, id: string): number {
  const index = data.coreValues.findIndex((v) => v.id === id);
  if (index < 0) throw invalid(`There is no core value with id ${id}.`);
  return index;
}

function addCoreValue(data: CultureData, value: CoreValue): CultureData {
  if (data.coreValues.some((v) => v.id === value.id)) {
    throw invalid(`A core value with id ${value.id} already exists.`);
  }
  if (data.coreValues.length >= MAX_CORE_VALUES) {
    throw invalid(`A session holds at most ${MAX_CORE_VALUES} core values.`);
  }
  return { ...data, coreValues: [...data.coreValues, cleanCoreValue(value)] };
}

function moveCoreValue(data: CultureData, id: string, index: number): CultureData {
  const from = indexOfCoreValue(data, id);
  if (index >= data.coreValues.length) {
    throw invalid(`Position ${index} is past the last core value.`);
  }
  const rest = data.coreValues.filter((v) => v.id !== id);
  const moved = data.coreValues[from];
  if (moved === undefined) return data;
  return { ...data, coreValues: [...rest.slice(0, index), moved, ...rest.slice(index)] };
}

function dismissSuggestion(data: CultureData, fromWord: string, intoWord: string): CultureData {
  const from = keyOf(fromWord);
  const into = keyOf(intoWord);
  if (from === into) throw invalid(`"${fromWord}" and "${intoWord}" are the same word.`);
  if (data.dismissedSuggestions.some((d) => d.from === from && d.into === into)) return data;
  return { ...data, dismissedSuggestions: [...data.dismissedSuggestions, { from, into }] };
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
    case 'culture.moveWord':
      return moveWord(data, command.word, command.to);
    case 'culture.addCoreValue':
      return addCoreValue(data, command.value);
    case 'culture.updateCoreValue': {
      const index = indexOfCoreValue(data, command.value.id);
      return { ...data, coreValues: data.coreValues.with(index, cleanCoreValue(command.value)) };
    }
    case 'culture.deleteCoreValue':
      indexOfCoreValue(data, command.id);
      return { ...data, coreValues: data.coreValues.filter((v) => v.id !== command.id) };
    case 'culture.moveCoreValue':
      return moveCoreValue(data, command.id, command.index);
    case 'culture.dismissSuggestion':
      return dismissSuggestion(data, command.from, command.into);
  }
}

export function applyCultureCommand(session: Session, command: CultureCommand): Session {
  return { ...session, culture: updateCulture(session, command) };
}
