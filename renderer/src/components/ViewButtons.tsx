import { useSearchParams } from 'react-router';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../i18n';

/**
 * The sub-view of a tab, kept in the address (`?view=`), so a reload or the back button shows
 * the same screen; an unknown or missing view is the first one.
 */
export function useViewParam<View extends string>(
  views: readonly View[],
  /** Shown when the address names no view (or an unknown one); the first view when absent. */
  fallback?: string,
): [View, (view: View) => void] {
  const [params, setParams] = useSearchParams();
  const view =
    views.find((v) => v === params.get('view')) ?? views.find((v) => v === fallback) ?? views[0]!;
  return [view, (next) => setParams({ view: next }, { replace: true })];
}

/** One button per sub-view, the current one pressed. Only the buttons: the tab puts them in its bar. */
export function ViewButtons<View extends string>({
  views,
  titles,
  value,
  onChange,
}: {
  views: readonly View[];
  titles: Record<View, MessageKey>;
  value: View;
  onChange(view: View): void;
}) {
  const t = useT();
  return (
    <>
      {views.map((name) => (
        <button
          key={name}
          type="button"
          aria-pressed={value === name}
          onClick={() => onChange(name)}
        >
          {t(titles[name])}
        </button>
      ))}
    </>
  );
}
