import type { CultureAnalysis } from '../../../../shared/culture/analysis';
import type { CoreValue } from '../../../../shared/culture/model';
import { useReportText } from '../reportText';

/**
 * The codified culture ("ons cultuur-DNA") as the outcome of the culture map: each value with
 * its meaning, what we do and stop doing, and the words it came from.
 */
export function CoreValuesReport({
  values,
  cloud,
}: {
  values: readonly CoreValue[];
  cloud: CultureAnalysis;
}) {
  const { t } = useReportText();
  if (values.length === 0) return null;
  const spellings = new Map(
    [...cloud.current, ...cloud.desired].map((word) => [word.key, word.word]),
  );
  return (
    <div className="report-core-values" data-testid="report-core-values">
      <h3>{t('culture.report.coreValues')}</h3>
      <p className="report-intro">{t('culture.report.coreValuesIntro')}</p>
      <ol className="report-core-value-list">
        {values.map((value, index) => (
          <li key={value.id} className="report-core-value">
            <p className="report-core-value-name">
              {value.name.trim() || t('culture.dna.untitled', { n: index + 1 })}
            </p>
            {value.meaning.trim() && (
              <p className="report-core-value-meaning">{value.meaning.trim()}</p>
            )}
            {(value.doing.length > 0 || value.notDoing.length > 0) && (
              <div className="report-core-value-behaviours">
                <Behaviours title={t('culture.dna.doing')} lines={value.doing} tone="doing" />
                <Behaviours
                  title={t('culture.dna.notDoing')}
                  lines={value.notDoing}
                  tone="not-doing"
                />
              </div>
            )}
            {value.words.length > 0 && (
              <p className="report-muted">
                {t('culture.dna.words')}:{' '}
                {value.words.map((key) => spellings.get(key) ?? key).join(', ')}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function Behaviours({
  title,
  lines,
  tone,
}: {
  title: string;
  lines: readonly string[];
  tone: 'doing' | 'not-doing';
}) {
  if (lines.length === 0) return <div />;
  return (
    <div className={`report-${tone}`}>
      <p className="report-strong">{title}</p>
      <ul>
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
