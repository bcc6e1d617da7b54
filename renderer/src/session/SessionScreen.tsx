import { useParams, Navigate } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useT } from '../i18n';
import { MethodTab } from '../methods/MethodTab';
import { isMethod, METHOD_IDS } from '../methods/registry';
import { methodById } from '../../../shared/methods';
import { ReportTab } from '../report/ReportTab';
import { SettingsTab } from '../settings/SettingsTab';
import { SessionMenuCommands } from '../shell/SessionMenuCommands';
import { SessionProvider, useSession } from './SessionContext';

const TABS = ['settings', ...METHOD_IDS, 'report'] as const;

/** One session: a header with undo/redo and a tab per method, settings and the report. */
export function SessionScreen() {
  const { id = '', tab } = useParams();
  if (!tab) return <Navigate to={`/session/${id}/culture`} replace />;
  return (
    <SessionProvider key={id} id={id} undoShortcuts watchForChanges>
      <SessionLayout tab={tab} />
    </SessionProvider>
  );
}

function SessionLayout({ tab }: { tab: string }) {
  const t = useT();
  const { session, canUndo, canRedo, undo, redo } = useSession();
  const title = (name: (typeof TABS)[number]) =>
    name === 'settings'
      ? t('nav.settings')
      : name === 'report'
        ? t('report.title')
        : t(methodById(name).titleKey);
  return (
    <div className="session-screen">
      <SessionMenuCommands tab={tab} />
      <header className="topbar">
        <a href="#/" className="back-link">
          ← {t('nav.sessions')}
        </a>
        <div className="session-title">
          <h1 title={session.name}>{session.name}</h1>
          {session.organisation && (
            <span className="muted" title={session.organisation}>
              {session.organisation}
            </span>
          )}
        </div>
        <div className="topbar-actions">
          <button
            type="button"
            onClick={() => void undo()}
            disabled={!canUndo}
            title={t('nav.undoHint')}
          >
            ↶ {t('nav.undo')}
          </button>
          <button
            type="button"
            onClick={() => void redo()}
            disabled={!canRedo}
            title={t('nav.redoHint')}
          >
            ↷ {t('nav.redo')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      <nav className="tabs" role="tablist">
        {TABS.map((name) => (
          <a
            key={name}
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'tab active' : 'tab'}
            href={`#/session/${session.id}/${name}`}
          >
            {title(name)}
          </a>
        ))}
      </nav>
      <section className="tab-panel" role="tabpanel">
        <TabContent tab={tab} />
      </section>
    </div>
  );
}

function TabContent({ tab }: { tab: string }) {
  const t = useT();
  if (tab === 'settings') return <SettingsTab />;
  if (tab === 'report') return <ReportTab />;
  if (isMethod(tab)) return <MethodTab key={tab} method={tab} />;
  return <p className="empty">{t('nav.unknownTab')}</p>;
}
