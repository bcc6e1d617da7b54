import { z } from 'zod';
import { idSchema } from '../ids';
import { MAX_PARTICIPANT_LABEL } from '../participants';
import type { DeepReadonly } from '../readonly';
import { MAX_SESSION_NAME } from '../sessionLimits';

/** Text limits: one source for the schema, the commands, the CSV and the UI. */
export const MAX_COMMENT = 2000;
export const MAX_ACTION_WHAT = 1000;
export const MAX_ACTION_WHO = 200;
export const MAX_ACTION_WHEN = 100;

export const BLOCK_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export const blockNumberSchema = z.number().int().min(1).max(9);
/** The Dutch school mark, 1–10; halves and tenths allowed (7.5). */
export const markSchema = z.number().min(1).max(10);

export const blockScoreSchema = z.object({
  now: markSchema.nullable().default(null),
  target: markSchema.nullable().default(null),
  comment: z.string().max(MAX_COMMENT).default(''),
});
export type BlockScore = DeepReadonly<z.infer<typeof blockScoreSchema>>;

export const excellenceParticipantSchema = z.object({
  id: idSchema,
  label: z.string().max(MAX_PARTICIPANT_LABEL).default(''),
  group: idSchema.nullable().default(null),
  /** Keyed by block number "1".."9". */
  scores: z.record(z.string(), blockScoreSchema).default({}),
});
export type ExcellenceParticipant = DeepReadonly<z.infer<typeof excellenceParticipantSchema>>;

export const actionStatusSchema = z.enum(['open', 'doing', 'done']);
export const excellenceActionSchema = z.object({
  id: idSchema,
  block: blockNumberSchema,
  what: z.string().min(1).max(MAX_ACTION_WHAT),
  who: z.string().max(MAX_ACTION_WHO).default(''),
  when: z.string().max(MAX_ACTION_WHEN).default(''),
  status: actionStatusSchema.default('open'),
});
export type ExcellenceAction = DeepReadonly<z.infer<typeof excellenceActionSchema>>;

/** The earlier session's "now" figures, frozen when a session is repeated. */
export const previousScoresSchema = z.object({
  sessionName: z.string().max(MAX_SESSION_NAME),
  date: z.string().max(10),
  blocks: z.array(
    z.object({ block: blockNumberSchema, n: z.number().int(), meanNow: z.number().nullable() }),
  ),
});

export const excellenceDataSchema = z.object({
  revealed: z.boolean().default(false),
  participants: z.array(excellenceParticipantSchema).default([]),
  actions: z.array(excellenceActionSchema).default([]),
  previous: previousScoresSchema.nullable().default(null),
});
export type ExcellenceData = DeepReadonly<z.infer<typeof excellenceDataSchema>>;

/** A fresh, mutable value: zod's `.default()` wants its own output type. */
export function emptyExcellenceData(): z.infer<typeof excellenceDataSchema> {
  return excellenceDataSchema.parse({});
}
