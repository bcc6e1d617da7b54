import type { WordCount } from '../../../../shared/culture/analysis';
import { WordCloud, type CloudTheme } from '../../culture/WordCloud';
import { useReportText } from '../reportText';

/**
 * A culture cloud in the report: the Culture tab's own component at its own default size, so
 * the layout (and therefore the picture) is the one the facilitator saw on screen.
 */
export function ReportCloud({
  words,
  theme,
  label,
}: {
  words: WordCount[];
  theme: CloudTheme;
  label: string;
}) {
  const { t } = useReportText();
  if (words.length === 0) return <p className="report-muted">{t('culture.cloud.empty')}</p>;
  return (
    <WordCloud
      words={words}
      theme={theme}
      label={label}
      describe={(w) => t('culture.cloud.count', { word: w.word, count: w.count })}
      notShownText={(count) => t('culture.cloud.notShown', { count })}
    />
  );
}
