import { useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { Session } from '../../../shared/session';
import { parseSections, reportLanguage } from '../../../shared/report/model';
import { api } from '../api/client';
import { errorText, useT } from '../i18n';
import { ReportDocument } from './ReportDocument';
import { useLayoutReady } from './useLayoutReady';

/**
 * The printable report, `#/print/:id?lang=nl|en&sections=a,b`: what Electron's printToPDF and
 * the Chromium of browser mode and the CLI print. It sets data-report-ready="true" once every
 * cloud and chart is laid out; the printers wait for that.
 */
export function PrintReport() {
  const t = useT();
  const { id = '' } = useParams();
  const [query] = useSearchParams();
  const [session, setSession] = useState<Session | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const root = useRef<HTMLDivElement>(null);
  const ready = useLayoutReady(root, session);

  useEffect(() => {
    api.getSession(id).then(
      (view) => setSession(view.session),
      (error: unknown) => setFailure(error),
    );
  }, [id]);

  if (failure) return <p role="alert">{errorText(t, failure)}</p>;
  const lang = query.get('lang');
  return (
    <div ref={root} className="report-print" data-report-ready={ready ? 'true' : 'false'}>
      {session && (
        <ReportDocument
          session={session}
          language={reportLanguage(session, lang === 'nl' || lang === 'en' ? lang : null)}
          sections={parseSections(query.get('sections')) ?? session.report.sections}
        />
      )}
    </div>
  );
}
