import { z } from 'zod';
import { AppError } from '../../shared/errors';

/**
 * Checks that `after` still satisfies `schema`, given that `before` did, by looking only at
 * what changed. Commands never mutate, so an unchanged part, field or item is the very same
 * object and is skipped; a changed one is checked down to the items that are new. One Kano
 * answer in a 500-participant session then checks one respondent, not ten thousand answers,
 * and no command can write a session that would read back as damaged.
 */
export function validateChange(schema: z.ZodType, before: unknown, after: unknown): void {
  check(schema, before, after, []);
}

function check(schema: z.ZodType, before: unknown, after: unknown, path: PropertyKey[]): void {
  if (Object.is(before, after)) return;
  const inner = unwrap(schema, after);
  const ownChecks = (inner._zod.def as { checks?: unknown[] }).checks?.length ?? 0;
  if (inner instanceof z.ZodObject && ownChecks === 0 && isRecord(before) && isRecord(after)) {
    for (const [key, field] of Object.entries(inner.shape)) {
      check(field as z.ZodType, before[key], after[key], [...path, key]);
    }
    return;
  }
  if (inner instanceof z.ZodArray && Array.isArray(before) && Array.isArray(after)) {
    // The array's own rules (e.g. at most 50 groups), then only the items that are new.
    whole(inner.clone({ ...inner._zod.def, element: z.unknown() }), after, path);
    const known = new Set<unknown>(before);
    after.forEach((item, index) => {
      if (!known.has(item)) whole(inner.element as z.ZodType, item, [...path, index]);
    });
    return;
  }
  if (inner instanceof z.ZodRecord && ownChecks === 0 && isRecord(before) && isRecord(after)) {
    for (const [key, value] of Object.entries(after)) {
      if (Object.is(before[key], value)) continue;
      whole(inner.keyType as z.ZodType, key, [...path, key]);
      check(inner.valueType as z.ZodType, before[key], value, [...path, key]);
    }
    return;
  }
  whole(schema, after, path);
}

function whole(schema: z.ZodType, value: unknown, path: PropertyKey[]): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const where = path.map(String).join('.');
  throw new AppError(
    'invalidCommand',
    `This change would make the session invalid (${where}): ${z.prettifyError(result.error)}`,
  );
}

/** Looks through default/optional/nullable wrappers to the schema of a present value. */
function unwrap(schema: z.ZodType, value: unknown): z.ZodType {
  let current = schema;
  while (
    value !== null &&
    value !== undefined &&
    (current instanceof z.ZodDefault ||
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable)
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
