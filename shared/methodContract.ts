import type { z } from 'zod';
import type { MethodCsvSpec } from './csvImport';
import type { MessageKey } from './i18n';
import type { Session } from './session';

/** Which participants an analysis looks at: all of them, or one group's. */
export interface AnalysisFilter {
  /** Only the participants of this group id; everyone when absent. */
  groupId?: string;
}

/** A command schema: a zod object whose `type` is a literal "<method>.<verb>". */
export type CommandSchema = z.ZodObject<{ type: z.ZodLiteral<string> } & z.ZodRawShape>;

/**
 * Everything the rest of the app needs to know about a method, in one object defined in the
 * method's own folder (shared/<method>/method.ts) and listed once in shared/methods.ts. The
 * commands, the CLI's `import`/`analyse`, the CSV import and the renderer's shells are built
 * from that list; see docs/architecture.md, "Adding a method".
 */
export interface MethodDefinition<
  Id extends string = string,
  Schemas extends readonly CommandSchema[] = readonly CommandSchema[],
  Analysis = unknown,
> {
  id: Id;
  /** The method's name in the message catalogue ("Cultuur", "Kano", ...). */
  titleKey: MessageKey;
  /** Its commands, every `type` starting with `<id>.`. */
  commandSchemas: Schemas;
  /** Applies one of its commands; pure, never changes `session`. */
  apply(session: Session, command: z.infer<Schemas[number]>): Session;
  /** Its CSV format, read by the one CSV engine (shared/csvImport.ts). */
  csv: MethodCsvSpec;
  /** The one analysis entry: the figures of all participants or of one group. */
  analyse(session: Session, filter?: AnalysisFilter): Analysis;
  /** `analyse <id> --json`: the stable JSON (a plain object) of an analysis. */
  json(analysis: Analysis): unknown;
  /** `analyse <id>` without --json: lines of plain text for a terminal (English). */
  textTable(analysis: Analysis): string[];
  /** How many participants answered. */
  participantCount(session: Session): number;
  /** Whether the results are shown (on the projector). */
  revealed(session: Session): boolean;
  /** The command that shows or hides the results. */
  setRevealed(revealed: boolean): z.infer<Schemas[number]>;
}

/** Checks a method definition against the contract and keeps its precise types. */
export function defineMethod<
  const Id extends string,
  const Schemas extends readonly CommandSchema[],
  Analysis,
>(definition: MethodDefinition<Id, Schemas, Analysis>): MethodDefinition<Id, Schemas, Analysis> {
  return definition;
}
