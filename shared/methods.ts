import { cultureMethod } from './culture/method';
import { excellenceMethod } from './excellence/method';
import { kanoMethod } from './kano/method';
import type { MethodDefinition } from './methodContract';
import type { Session } from './session';

export type { AnalysisFilter, MethodDefinition } from './methodContract';
export { importMethodCsv, importMethodCsvText, type MethodCsvImport } from './csvImport';
export type { CsvEncoding } from './csv';

/**
 * The methods, in the order of the session's tabs. Adding a method is a folder
 * shared/<method>/ with a method.ts, and one line here (docs/architecture.md, "Adding a method").
 */
export const METHODS = [cultureMethod, kanoMethod, excellenceMethod] as const;

export type Method = (typeof METHODS)[number];
export type MethodId = Method['id'];
export const METHOD_IDS: readonly MethodId[] = METHODS.map((m) => m.id);

export function isMethodId(value: unknown): value is MethodId {
  return typeof value === 'string' && (METHOD_IDS as readonly string[]).includes(value);
}

/** The definition of a method; the generic view of it, for code that serves every method. */
export function methodById(id: MethodId): MethodDefinition {
  const method = METHODS.find((m) => m.id === id);
  if (!method) throw new Error(`Unknown method ${id}.`);
  return method as unknown as MethodDefinition;
}

/** Participants per method. */
export function participantCountsByMethod(session: Session): Record<MethodId, number> {
  return Object.fromEntries(METHODS.map((m) => [m.id, m.participantCount(session)])) as Record<
    MethodId,
    number
  >;
}
