import type { Command } from '../../../shared/commands';
import { importMethodCsv } from '../../../shared/csvImport';
import type { MethodId } from '../../../shared/methods';
import type { Session } from '../../../shared/session';
import { csvImportReport, type CsvImportReport } from './csvImportReport';

/** Imports read but never sent (the facilitator read another file) are not kept for long. */
const MAX_HELD = 4;

/**
 * The session worker's side of a CSV import (see heldCommands.ts): reads the file with the one
 * CSV engine and keeps its commands under a number until the window sends them, when they are
 * put into the request in place of their stand-in.
 */
export class HeldImports {
  private readonly held = new Map<number, readonly Command[]>();
  private next = 1;

  /** The file's report, and the number its commands are kept under (null when none). */
  read(
    method: MethodId,
    bytes: Uint8Array,
    session: Session,
  ): { report: CsvImportReport; ref: number | null } {
    const outcome = importMethodCsv(method, bytes, session);
    const report = csvImportReport(outcome);
    if (!outcome.ok || outcome.value.commands.length === 0) return { report, ref: null };
    const ref = this.next++;
    this.held.set(ref, outcome.value.commands);
    for (const old of this.held.keys()) {
      if (this.held.size <= MAX_HELD) break;
      this.held.delete(old);
    }
    return { report, ref };
  }

  /**
   * The JSON request body `{ args }` with argument `index` replaced by the commands kept as
   * `ref`, which are then no longer kept (an import is sent once); null when they are not kept.
   */
  putIn(body: string, held: { index: number; ref: number }): string | null {
    const commands = this.held.get(held.ref);
    if (!commands) return null;
    this.held.delete(held.ref);
    const request = JSON.parse(body) as { args: unknown[] };
    request.args[held.index] = commands;
    return JSON.stringify(request);
  }
}
