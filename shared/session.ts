import { z } from 'zod';
import { idSchema } from './ids';
import { cultureDataSchema, emptyCultureData } from './culture/model';
import { kanoDataSchema, emptyKanoData } from './kano/model';
import { excellenceDataSchema, emptyExcellenceData } from './excellence/model';
import { defaultReportSettings, reportSettingsSchema } from './report/model';
import type { DeepReadonly } from './readonly';
import { MAX_FACILITATOR, MAX_ORGANISATION, MAX_SESSION_NAME } from './sessionLimits';

/** Bump together with a new step in shared/migrations.ts. */
export const SCHEMA_VERSION = 1;

export const languageSchema = z.enum(['nl', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a calendar date');

/** The longest group name and the most groups a session has: one rule for commands and imports. */
export const MAX_GROUP_NAME = 60;
export const MAX_GROUPS = 50;

export const groupNameSchema = z.string().trim().min(1).max(MAX_GROUP_NAME);
export const groupSchema = z.object({
  id: idSchema,
  name: groupNameSchema,
});
export type Group = DeepReadonly<z.infer<typeof groupSchema>>;

export const sessionSettingsSchema = z.object({
  name: z.string().trim().min(1).max(MAX_SESSION_NAME),
  organisation: z.string().trim().max(MAX_ORGANISATION).default(''),
  date: isoDateSchema,
  facilitator: z.string().trim().max(MAX_FACILITATOR).default(''),
  language: languageSchema.default('nl'),
});
export type SessionSettings = DeepReadonly<z.infer<typeof sessionSettingsSchema>>;

export const sessionSchema = sessionSettingsSchema.extend({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: idSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set when the session was made with "repeat this workshop". */
  repeatOf: z
    .object({ id: idSchema, name: z.string().max(MAX_SESSION_NAME), date: z.string().max(10) })
    .nullable()
    .default(null),
  groups: z.array(groupSchema).max(MAX_GROUPS).default([]),
  culture: cultureDataSchema.default(emptyCultureData),
  kano: kanoDataSchema.default(emptyKanoData),
  excellence: excellenceDataSchema.default(emptyExcellenceData),
  report: reportSettingsSchema.default(defaultReportSettings),
});
export type Session = DeepReadonly<z.infer<typeof sessionSchema>>;

export const createSessionInputSchema = sessionSettingsSchema.partial({ date: true });
export type CreateSessionInput = z.input<typeof createSessionInputSchema>;

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function newSession(id: string, input: CreateSessionInput, now = new Date()): Session {
  const settings = createSessionInputSchema.parse(input);
  const stamp = now.toISOString();
  return sessionSchema.parse({
    ...settings,
    date: settings.date ?? todayIso(now),
    schemaVersion: SCHEMA_VERSION,
    id,
    createdAt: stamp,
    updatedAt: stamp,
  });
}

/** Participants per method; the session's headline count is the largest of them. */
export function participantCounts(session: Session): {
  culture: number;
  kano: number;
  excellence: number;
} {
  return {
    culture: session.culture.entries.length,
    kano: session.kano.respondents.length,
    excellence: session.excellence.participants.length,
  };
}

export function participantCount(session: Session): number {
  return Math.max(...Object.values(participantCounts(session)));
}
