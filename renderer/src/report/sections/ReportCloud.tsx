import type { WordCount } from '../../../../shared/culture/analysis';
import { emptyLayout, useCloudLayouts } from '../../culture/useCloudLayout';
import { cloudOptions, WordCloud, type CloudTheme } from '../../culture/WordCloud';
import { useReportText } from '../reportText';

/**
 * The two culture clouds of the report side by side: the Culture tab's own component and
 * picture size, laid out together at one scale as on screen, so the pictures are the ones the
 * facilitator saw and the same count has the same size in both.
 */
export function ReportClouds({
  current,
  desired,
}: {
  current: readonly WordCount[];
  desired: readonly WordCount[];
}) {
  const { t } = useReportText();
  const options = cloudOptions();
  const { layouts, ready } = useCloudLayouts([current, desired], options);
  const cloud = (theme: CloudTheme, index: number, words: readonly WordCount[]) => {
    const label = t(theme === 'current' ? 'culture.current' : 'culture.desired');
    return (
      <figure className={`report-cloud report-${theme}`}>
        <figcaption>{label}</figcaption>
        {words.length === 0 ? (
          <p className="report-muted">{t('culture.cloud.empty')}</p>
        ) : (
          <WordCloud
            layout={layouts[index] ?? emptyLayout(options)}
            ready={ready}
            theme={theme}
            label={label}
            t={t}
          />
        )}
      </figure>
    );
  };
  return (
    <div className="report-clouds report-keep">
      {cloud('current', 0, current)}
      {cloud('desired', 1, desired)}
    </div>
  );
}
