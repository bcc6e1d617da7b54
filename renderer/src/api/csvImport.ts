import type { Command } from '../../../shared/commands';
import { importMethodCsv } from '../../../shared/csvImport';
import type { MethodId } from '../../../shared/methods';
import type { Session } from '../../../shared/session';
import { sessionWorker } from './client';
import { csvImportReport, type CsvImportReport } from './csvImportReport';

/** A CSV file read against the session: what to show, and the commands to send if it is ok. */
export interface CsvImportRead {
  report: CsvImportReport;
  /** For `executeMany`; possibly a stand-in for commands the session worker keeps. */
  commands: readonly Command[];
}

/**
 * Reads a CSV file for a method with the one CSV engine (shared/csvImport.ts), in the session
 * worker where there is one: 10,000 people take up to a second to read, which must not block the
 * window. The worker reads against the newest copy of the session it fetched; without a worker
 * (Electron) or a copy there, the window reads against `session`.
 */
export async function readCsvImport(
  method: MethodId,
  bytes: Uint8Array,
  session: Session,
): Promise<CsvImportRead> {
  const inWorker = await sessionWorker?.readCsv(method, bytes, session.id);
  if (inWorker) return inWorker;
  const outcome = importMethodCsv(method, bytes, session);
  return { report: csvImportReport(outcome), commands: outcome.ok ? outcome.value.commands : [] };
}
