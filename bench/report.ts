import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RENDERER_DIR } from '../main/appRoot';
import { startBrowserMode } from '../main/browserMode';
import { printReportPdf } from '../main/pdf/printReport';
import { exportSessionFile } from '../main/store/transfer';
import { REPORT_SECTIONS, type ReportSection } from '../shared/report/model';
import { reportSession } from '../test/fixtures/reportSession';
import { median, report, timeRuns } from './util';

const PARTICIPANTS = 40;
const RUNS = 3;

/** Pages of a PDF as Chromium writes it: one "/Type /Page" object per page. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/**
 * The PDF export of a 40-participant workshop with every method filled, as the facilitator
 * meets it: each run starts Chromium, loads the report route, waits for the layout and prints.
 */
export async function run(): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.log('  (skipped: the renderer is not built; run "npm run build" first)');
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-report-'));
  const server = await startBrowserMode({ dataDir, port: 0 });
  try {
    const session = reportSession({ participants: PARTICIPANTS, id: 'bench-report' });
    await server.store.importSession(exportSessionFile(session).json);
    const variants: { label: string; sections?: ReportSection[] }[] = [
      { label: 'report without appendix' },
      { label: 'report with appendix', sections: [...REPORT_SECTIONS] },
    ];
    for (const { label, sections } of variants) {
      let pages = 0;
      const print = async () => {
        const pdf = await printReportPdf({ baseUrl: server.url, sessionId: session.id, sections });
        pages = pageCount(pdf);
      };
      const times = await timeRuns(RUNS, print);
      report(
        `PDF export, ${PARTICIPANTS} participants, ${label} (incl. Chromium)`,
        median(times),
        '≤ 3 s',
      );
      console.log(`  ${'pages'.padEnd(58)} ${String(pages).padStart(10)}`);
    }
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
