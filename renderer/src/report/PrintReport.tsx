import { useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { Session } from '../../../shared/session';
import { parseSections, reportLanguage } from '../../../shared/report/model';
import { reportDocumentMeta } from '../../../shared/report/documentMeta';
import { reportMetaProps } from '../../../shared/contracts/reportMeta';
import { api } from '../api/client';
import { errorText, useT } from '../i18n';
import { ReportDocument } from './ReportDocument';
import { useLayoutReady } from './useLayoutReady';
import {
  PRINT_QUERY,
  reportErrorProps,
  reportReadyProps,
} from '../../../shared/contracts/printRoute';

/**
 * The printable report, the print route of shared/contracts/printRoute.ts: what Electron's
 * printToPDF and the Chromium of browser mode and the CLI print. It says "ready" once every
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

  const lang = query.get(PRINT_QUERY.language);
  const language = session && reportLanguage(session, lang === 'nl' || lang === 'en' ? lang : null);
  const sections =
    session && (parseSections(query.get(PRINT_QUERY.sections)) ?? session.report.sections);
  const meta = session && language && sections && reportDocumentMeta(session, language, sections);

  // The page's title and language: Chromium takes both into the PDF; the printers write the
  // rest of the document information from the root's meta attribute (shared/contracts/reportMeta).
  const title = meta?.title;
  useEffect(() => {
    if (title === undefined || !language) return;
    document.title = title;
    document.documentElement.lang = language;
  }, [title, language]);

  useEffect(() => {
    api.getSession(id).then(
      (view) => setSession(view.session),
      (error: unknown) => setFailure(error),
    );
  }, [id]);

  // The printers stop waiting when they see the error attribute, and show its reason.
  if (failure) {
    const reason = errorText(t, failure);
    return (
      <p role="alert" {...reportErrorProps(reason)}>
        {reason}
      </p>
    );
  }
  return (
    <div
      ref={root}
      className="report-print"
      {...reportReadyProps(ready)}
      {...(meta && reportMetaProps(meta))}
    >
      {session && language && sections && (
        <ReportDocument session={session} language={language} sections={sections} />
      )}
    </div>
  );
}
