import { z } from 'zod';
import { idSchema } from '../ids';
import { AppError } from '../errors';
import { assertGroupExists } from '../groups';
import { MAX_PARTICIPANT_LABEL } from '../participants';
import type { Session } from '../session';
import {
  consensusCategorySchema,
  kanoAnswerSchema,
  kanoResponseSchema,
  MAX_WISH_DESCRIPTION,
  MAX_WISH_NAME,
  MAX_WISH_QUESTION,
  type KanoData,
  type KanoRespondent,
  type Wish,
} from './model';
import type { DeepReadonly } from '../readonly';

const wishNameSchema = z.string().trim().min(1).max(MAX_WISH_NAME);
const wishDescriptionSchema = z.string().trim().max(MAX_WISH_DESCRIPTION);
const wishQuestionSchema = z.string().trim().max(MAX_WISH_QUESTION).nullable();
const respondentLabelSchema = z.string().trim().max(MAX_PARTICIPANT_LABEL);
/** Answers keyed by wish id. */
const answersSchema = z.record(idSchema, kanoResponseSchema);

export const kanoCommandSchemas = [
  z.object({ type: z.literal('kano.setRevealed'), revealed: z.boolean() }),
  /** Appends wishes in the given order (one wish typed, or a pasted list, or an import). */
  z.object({
    type: z.literal('kano.addWishes'),
    wishes: z
      .array(z.object({ id: idSchema, name: wishNameSchema, description: wishDescriptionSchema }))
      .min(1)
      .max(5000),
  }),
  z.object({
    type: z.literal('kano.updateWish'),
    id: idSchema,
    name: wishNameSchema.optional(),
    description: wishDescriptionSchema.optional(),
    /**
     * The wish's own questions, as the facilitator phrases them; null or empty restores the
     * default question of that side (shared/kano/questions.ts). Absent: unchanged.
     */
    questionFunctional: wishQuestionSchema.optional(),
    questionDysfunctional: wishQuestionSchema.optional(),
  }),
  /** Moves a wish so that it ends up at `index` (0-based) of the list. */
  z.object({ type: z.literal('kano.moveWish'), id: idSchema, index: z.number().int().min(0) }),
  /** Removes a wish with every answer to it and its consensus. */
  z.object({ type: z.literal('kano.removeWish'), id: idSchema }),
  z.object({
    type: z.literal('kano.addRespondent'),
    respondent: z.object({
      id: idSchema,
      label: respondentLabelSchema,
      group: idSchema.nullable(),
      answers: answersSchema,
    }),
  }),
  z.object({
    type: z.literal('kano.updateRespondent'),
    id: idSchema,
    label: respondentLabelSchema.optional(),
    group: idSchema.nullable().optional(),
  }),
  z.object({ type: z.literal('kano.removeRespondent'), id: idSchema }),
  z.object({
    type: z.literal('kano.setAnswer'),
    respondentId: idSchema,
    wishId: idSchema,
    functional: kanoAnswerSchema,
    dysfunctional: kanoAnswerSchema,
    importance: z.number().int().min(1).max(9).nullable(),
  }),
  z.object({ type: z.literal('kano.clearAnswer'), respondentId: idSchema, wishId: idSchema }),
  z.object({
    type: z.literal('kano.setConsensus'),
    wishId: idSchema,
    category: consensusCategorySchema,
  }),
  z.object({ type: z.literal('kano.clearConsensus'), wishId: idSchema }),
] as const;

export type KanoCommand = DeepReadonly<z.infer<(typeof kanoCommandSchemas)[number]>>;

const wishNameKeys = new Map<string, string>();

/**
 * Wish names are unique regardless of case and spacing; the CSV import matches on this key.
 * Remembered per name: an import asks for the same few names once per row (100,000 rows for
 * 10,000 respondents), and lower-casing with a locale is slow.
 */
export function wishNameKey(name: string): string {
  let key = wishNameKeys.get(name);
  if (key === undefined) {
    if (wishNameKeys.size >= 10_000) wishNameKeys.clear();
    key = name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-NL');
    wishNameKeys.set(name, key);
  }
  return key;
}

export function applyKanoCommand(session: Session, command: KanoCommand): Session {
  return { ...session, kano: applyToKano(session, command) };
}

function applyToKano(session: Session, command: KanoCommand): KanoData {
  const kano = session.kano;
  switch (command.type) {
    case 'kano.setRevealed':
      return { ...kano, revealed: command.revealed };
    case 'kano.addWishes':
      return addWishes(kano, command.wishes);
    case 'kano.updateWish': {
      const wish = findWish(kano, command.id);
      if (command.name !== undefined) assertUniqueWishNames(kano, [command.name], wish.id);
      const changed = {
        ...wish,
        ...(command.name !== undefined && { name: command.name }),
        ...(command.description !== undefined && { description: command.description }),
        ...(command.questionFunctional !== undefined && {
          questionFunctional: command.questionFunctional || null,
        }),
        ...(command.questionDysfunctional !== undefined && {
          questionDysfunctional: command.questionDysfunctional || null,
        }),
      };
      return { ...kano, wishes: kano.wishes.map((w) => (w.id === wish.id ? changed : w)) };
    }
    case 'kano.moveWish': {
      const wish = findWish(kano, command.id);
      if (command.index >= kano.wishes.length) {
        throw new AppError('invalidCommand', `There is no position ${command.index + 1}.`);
      }
      const others = kano.wishes.filter((w) => w.id !== wish.id);
      others.splice(command.index, 0, wish);
      return { ...kano, wishes: others };
    }
    case 'kano.removeWish': {
      findWish(kano, command.id);
      return {
        ...kano,
        wishes: kano.wishes.filter((w) => w.id !== command.id),
        respondents: kano.respondents.map((r) => withoutAnswer(r, command.id)),
        consensus: withoutKey(kano.consensus, command.id),
      };
    }
    case 'kano.addRespondent': {
      const { respondent } = command;
      if (kano.respondents.some((r) => r.id === respondent.id)) {
        throw new AppError(
          'invalidCommand',
          `A respondent with id ${respondent.id} already exists.`,
        );
      }
      assertGroupExists(session, respondent.group);
      assertWishesExist(kano, Object.keys(respondent.answers));
      return { ...kano, respondents: [...kano.respondents, respondent] };
    }
    case 'kano.updateRespondent': {
      findRespondent(kano, command.id);
      if (command.group !== undefined) assertGroupExists(session, command.group);
      return updateRespondent(kano, command.id, (r) => ({
        ...r,
        ...(command.label !== undefined && { label: command.label }),
        ...(command.group !== undefined && { group: command.group }),
      }));
    }
    case 'kano.removeRespondent':
      findRespondent(kano, command.id);
      return { ...kano, respondents: kano.respondents.filter((r) => r.id !== command.id) };
    case 'kano.setAnswer': {
      const { respondentId, wishId, functional, dysfunctional, importance } = command;
      findRespondent(kano, respondentId);
      findWish(kano, wishId);
      return updateRespondent(kano, respondentId, (r) => ({
        ...r,
        answers: { ...r.answers, [wishId]: { functional, dysfunctional, importance } },
      }));
    }
    case 'kano.clearAnswer':
      findRespondent(kano, command.respondentId);
      return updateRespondent(kano, command.respondentId, (r) => withoutAnswer(r, command.wishId));
    case 'kano.setConsensus':
      findWish(kano, command.wishId);
      return { ...kano, consensus: { ...kano.consensus, [command.wishId]: command.category } };
    case 'kano.clearConsensus':
      return { ...kano, consensus: withoutKey(kano.consensus, command.wishId) };
  }
}

function addWishes(
  kano: KanoData,
  wishes: readonly { readonly id: string; readonly name: string; readonly description: string }[],
): KanoData {
  const ids = new Set(kano.wishes.map((w) => w.id));
  for (const wish of wishes) {
    if (ids.has(wish.id)) {
      throw new AppError('invalidCommand', `A wish with id ${wish.id} already exists.`);
    }
    ids.add(wish.id);
  }
  assertUniqueWishNames(
    kano,
    wishes.map((w) => w.name),
  );
  return { ...kano, wishes: [...kano.wishes, ...wishes] };
}

/** New names may clash neither with existing wishes (other than `exceptId`) nor with each other. */
function assertUniqueWishNames(kano: KanoData, names: string[], exceptId?: string): void {
  const taken = new Set(
    kano.wishes.filter((w) => w.id !== exceptId).map((w) => wishNameKey(w.name)),
  );
  for (const name of names) {
    const key = wishNameKey(name);
    if (taken.has(key)) {
      throw new AppError('invalidCommand', `A wish named "${name}" already exists.`, {
        name,
        messageKey: 'kano.error.duplicateWish',
      });
    }
    taken.add(key);
  }
}

function withoutAnswer(respondent: KanoRespondent, wishId: string): KanoRespondent {
  if (!(wishId in respondent.answers)) return respondent;
  return { ...respondent, answers: withoutKey(respondent.answers, wishId) };
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

function updateRespondent(
  kano: KanoData,
  id: string,
  change: (respondent: KanoRespondent) => KanoRespondent,
): KanoData {
  return { ...kano, respondents: kano.respondents.map((r) => (r.id === id ? change(r) : r)) };
}

function findWish(kano: KanoData, id: string): Wish {
  const wish = kano.wishes.find((w) => w.id === id);
  if (!wish) throw new AppError('invalidCommand', `There is no wish with id ${id}.`);
  return wish;
}

function findRespondent(kano: KanoData, id: string): KanoRespondent {
  const respondent = kano.respondents.find((r) => r.id === id);
  if (!respondent) throw new AppError('invalidCommand', `There is no respondent with id ${id}.`);
  return respondent;
}

function assertWishesExist(kano: KanoData, wishIds: string[]): void {
  if (wishIds.length === 0) return;
  const known = new Set(kano.wishes.map((w) => w.id));
  const unknown = wishIds.find((id) => !known.has(id));
  if (unknown !== undefined) {
    throw new AppError('invalidCommand', `There is no wish with id ${unknown}.`);
  }
}
