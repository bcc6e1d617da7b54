import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { errorText, useT } from '../i18n';

interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  action?: { label: string; run(): void };
}

interface NoticeApi {
  notify(text: string, options?: { kind?: Notice['kind']; action?: Notice['action'] }): void;
  /** Shows any thrown value as a translated error. */
  fail(error: unknown): void;
}

const NoticeContext = createContext<NoticeApi | null>(null);
const VISIBLE_MS = { info: 6000, error: 12000 };

/** Short messages at the bottom of the screen: confirmations, errors, "undo" offers. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => {
    setNotices((all) => all.filter((n) => n.id !== id));
  }, []);
  const notify = useCallback<NoticeApi['notify']>(
    (text, options = {}) => {
      const notice: Notice = { id: Date.now() + Math.random(), kind: 'info', text, ...options };
      setNotices((all) => [...all.slice(-3), notice]);
      window.setTimeout(() => dismiss(notice.id), VISIBLE_MS[notice.kind]);
    },
    [dismiss],
  );
  const api = useMemo<NoticeApi>(
    () => ({ notify, fail: (error) => notify(errorText(t, error), { kind: 'error' }) }),
    [notify, t],
  );
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices" aria-live="polite">
        {notices.map((notice) => (
          <div
            key={notice.id}
            className={`notice notice-${notice.kind}`}
            role={notice.kind === 'error' ? 'alert' : 'status'}
          >
            <span>{notice.text}</span>
            {notice.action && (
              <button
                type="button"
                onClick={() => {
                  notice.action?.run();
                  dismiss(notice.id);
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button
              type="button"
              className="notice-close"
              aria-label={t('common.close')}
              onClick={() => dismiss(notice.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotices outside NoticeProvider');
  return api;
}
