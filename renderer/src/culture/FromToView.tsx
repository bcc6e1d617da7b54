import { useState } from 'react';
import type { WordCount } from '../../../shared/culture/analysis';
import { GroupSelect } from '../components/GroupSelect';
import { formatNumber } from '../components/format';
import { useT } from '../i18n';
import { cultureAnalysis } from '../session/analyses';
import { useSession } from '../session/SessionContext';

/** "Van → naar" for the projector: keep, let go and develop in large type, and the figures. */
export function FromToView() {
  const t = useT();
  const { session } = useSession();
  const [group, setGroup] = useState('');
  const analysis = cultureAnalysis(session.culture, group || undefined);
  const language = session.language;
  const percent = (value: number) => `${formatNumber(value, language, 0)}%`;
  const list = (words: readonly WordCount[]) =>
    words.map((w) => (
      <li key={w.key}>
        <span className="culture-word">{w.word}</span> <span className="count">{w.count}</span>
      </li>
    ));

  return (
    <div className="culture-from-to" data-testid="from-to">
      {session.groups.length > 0 && (
        <div className="culture-controls">
          <label className="inline-label">
            {t('culture.group.label')}
            <GroupSelect
              groups={session.groups}
              emptyLabel={t('culture.group.all')}
              value={group}
              onChange={(e) => setGroup(e.target.value)}
            />
          </label>
        </div>
      )}
      <div className="culture-from-to-columns">
        <section className="culture-let-go" data-testid="let-go">
          <h2>{t('culture.fromTo.letGo')}</h2>
          <ol>{list(analysis.letGo)}</ol>
          {analysis.letGo.length === 0 && <p className="muted">{t('culture.fromTo.empty')}</p>}
        </section>
        <section className="culture-keep" data-testid="keep">
          <h2>{t('culture.fromTo.keep')}</h2>
          <ol>
            {analysis.keep.map((w) => (
              <li key={w.key}>
                <span className="culture-word">{w.word}</span>{' '}
                <span className="count">
                  {t('culture.fromTo.keepCounts', { current: w.current, desired: w.desired })}
                </span>
              </li>
            ))}
          </ol>
          {analysis.keep.length === 0 && <p className="muted">{t('culture.fromTo.empty')}</p>}
        </section>
        <section className="culture-develop" data-testid="develop">
          <h2>{t('culture.fromTo.develop')}</h2>
          <ol>{list(analysis.develop)}</ol>
          {analysis.develop.length === 0 && <p className="muted">{t('culture.fromTo.empty')}</p>}
        </section>
      </div>
      <dl className="culture-figures">
        <div>
          <dt>{t('culture.fromTo.overlap')}</dt>
          <dd data-testid="overlap">{percent(analysis.overlapShare * 100)}</dd>
          <dd className="muted">{t('culture.fromTo.overlapHint')}</dd>
        </div>
        <div>
          <dt>{t('culture.fromTo.cosine')}</dt>
          <dd data-testid="cosine">{formatNumber(analysis.cosine, language, 2)}</dd>
          <dd className="muted">{t('culture.fromTo.cosineHint')}</dd>
        </div>
        {analysis.entropy !== null && (
          <div>
            <dt>{t('culture.fromTo.entropy')}</dt>
            <dd data-testid="entropy">{percent(analysis.entropy)}</dd>
            <dd className="muted">{t('culture.fromTo.entropyHint')}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
