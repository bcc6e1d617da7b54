import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { REPORT_SECTIONS, type ReportSection } from '../../shared/report/model';
import { RENDERER_DIR } from '../appRoot';
import { reportFileName } from '../pdf/reportFileName';
import { requireOne } from './input';
import type { CliCommand } from './types';

function parseLanguage(value: string | boolean | undefined): 'nl' | 'en' | undefined {
  if (value === undefined || value === 'nl' || value === 'en') return value;
  throw new AppError('invalidInput', '--lang must be nl or en.');
}

function parseSectionList(value: string | boolean | undefined): ReportSection[] | undefined {
  if (value === undefined) return undefined;
  const names = String(value)
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(REPORT_SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new AppError(
      'invalidInput',
      `Unknown section "${unknown.join(', ')}"; choose from ${REPORT_SECTIONS.join(', ')}.`,
    );
  }
  return names as ReportSection[];
}

export const reportCommands: CliCommand[] = [
  {
    path: ['report'],
    usage: 'report ID [--out FILE.pdf] [--lang nl|en] [--sections a,b,c] [--chromium PATH]',
    options: {
      out: { type: 'string' },
      lang: { type: 'string' },
      sections: { type: 'string' },
      chromium: { type: 'string' },
    },
    async run(ctx, positionals, values) {
      const id = requireOne(positionals, 'session id');
      const language = parseLanguage(values.lang);
      const sections = parseSectionList(values.sections);
      if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
        throw new AppError('exportFailed', 'The app is not built yet: run "npm run build" first.');
      }
      const store = await ctx.store();
      const session = await store.get(id);
      // Loaded here, not at the top: Playwright alone takes seconds to load, and every other
      // command should start fast.
      const { startBrowserMode } = await import('../browserMode');
      const { printReportPdf } = await import('../pdf/printReport');
      const out = typeof values.out === 'string' ? values.out : reportFileName(session);
      // The report is the renderer's print route, so the CLI serves the app on a free port of
      // 127.0.0.1 for as long as Chromium needs it, on the same data folder.
      const server = await startBrowserMode({ dataDir: store.dataDir, port: 0 });
      try {
        const pdf = await printReportPdf({
          baseUrl: server.url,
          sessionId: id,
          language,
          sections,
          chromiumPath: typeof values.chromium === 'string' ? values.chromium : undefined,
        });
        await writeFile(out, pdf);
        ctx.print(
          `Saved the report of "${session.name}" to ${out} (${Math.round(pdf.length / 1024)} kB).`,
        );
      } finally {
        await server.close();
      }
    },
  },
];
