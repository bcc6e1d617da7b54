import type { Session } from '../../../../shared/session';
import { categoryLabel, type WishAnalysis } from '../../../../shared/kano/analysis';
import { CATEGORY_PRIORITY } from '../../../../shared/kano/categoryStats';
import { reportedCategory } from '../../../../shared/report/summary';
import { BetterWorseChart } from '../../kano/charts/BetterWorseChart';
import { CategoryBars } from '../../kano/charts/CategoryBars';
import { DisagreementNote } from '../../kano/DisagreementNote';
import { kanoAnalysis } from '../../session/analyses';
import { useReportText } from '../reportText';

/** Kano: the results table, the Better/Worse chart and the category bars. */
export function KanoSection({ session }: { session: Session }) {
  const { t, number, language } = useReportText();
  const wishes = kanoAnalysis(session.kano).filter((w) => reportedCategory(w) !== null);
  const answered = wishes.filter((w) => w.n > 0);
  const respondents = session.kano.respondents.filter((r) => Object.keys(r.answers).length > 0);
  const hasConsensus = wishes.some((w) => w.consensus !== null);
  const hasImportance = wishes.some((w) => w.importance !== null);
  const hasMix = wishes.some((w) => categoryLabel(w).includes('/'));
  return (
    <section className="report-kano">
      <h2>{t('report.kano.title')}</h2>
      <p className="report-intro">
        {respondents.length > 0
          ? t('report.kano.intro', { count: respondents.length })
          : t('report.kano.introConsensus')}
      </p>
      <table className="report-table">
        <thead>
          <tr>
            <th className="report-text-cell">{t('report.kano.wish')}</th>
            <th>{t('report.kano.n')}</th>
            {CATEGORY_PRIORITY.map((category) => (
              <th key={category} title={t(`kano.category.${category}`)}>
                {category}
              </th>
            ))}
            <th>{t('report.kano.category')}</th>
            <th>{t('report.kano.better')}</th>
            <th>{t('report.kano.worse')}</th>
            {hasImportance && <th>{t('report.kano.importance')}</th>}
            {hasConsensus && <th>{t('report.kano.consensusColumn')}</th>}
          </tr>
        </thead>
        <tbody>
          {wishes.map((wish) => (
            <tr key={wish.wish.id}>
              <td className="report-text-cell">{wish.wish.name}</td>
              <td>{wish.n}</td>
              {CATEGORY_PRIORITY.map((category) => (
                <td
                  key={category}
                  className={wish.category === category ? 'report-strong' : undefined}
                >
                  {wish.n > 0 ? number(wish.percentages[category], 0) : ''}
                </td>
              ))}
              <td>
                <CategoryName wish={wish} />
              </td>
              <td>{number(wish.better, 2)}</td>
              <td>{number(wish.worse, 2)}</td>
              {hasImportance && <td>{number(wish.importance)}</td>}
              {hasConsensus && <td>{wish.consensus ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-note">
        {CATEGORY_PRIORITY.map((c) => `${c} = ${t(`kano.category.${c}`)}`).join(' · ')}
        {hasMix && ` — ${t('report.kano.mix')}`}
      </p>
      {answered.length > 0 && (
        <>
          {/* The Kano charts carry their own titles. */}
          <figure className="report-figure">
            <CategoryBars results={answered} t={t} language={language} />
          </figure>
          <figure className="report-figure report-figure-square">
            <BetterWorseChart results={answered} t={t} language={language} />
            <p className="report-note">{t('report.kano.betterWorseHint')}</p>
          </figure>
          <DisagreementNote results={answered} t={t} className="report-kano-disagree report-keep" />
        </>
      )}
    </section>
  );
}

function CategoryName({ wish }: { wish: WishAnalysis }) {
  const { t } = useReportText();
  const label = wish.n > 0 ? categoryLabel(wish) : (wish.consensus ?? '');
  const main = reportedCategory(wish);
  return (
    <span className={main ? `report-category report-category-${main}` : undefined}>
      {main && !label.includes('/') ? t(`kano.category.${main}`) : label}
    </span>
  );
}
