import type { Session } from '../../../../shared/session';
import {
  reportSummary,
  type BlockFigures,
  type WishHighlight,
} from '../../../../shared/report/summary';
import { blockNameKey } from '../../../../shared/excellence/blocks';
import { cultureAnalysis, excellenceAnalysis, kanoAnalysis } from '../../session/analyses';
import { useReportText } from '../reportText';
import { Paragraphs } from './Paragraphs';
import { SteeredSummary } from './SteeredSummary';

/** The one-page summary: the facilitator's conclusions and the headline figures of each method. */
export function SummaryPage({ session }: { session: Session }) {
  const { t, number, percent } = useReportText();
  const summary = reportSummary(session, {
    cloud: cultureAnalysis(session.culture),
    wishes: kanoAnalysis(session.kano),
    excellence: excellenceAnalysis(session),
  });
  const conclusions = session.report.conclusions.trim();
  const list = (words: string[]) => (words.length ? words.join(', ') : t('report.summary.none'));
  const score = (block: BlockFigures | null) =>
    block
      ? ` ${t('report.summary.blockScore', { now: number(block.now), target: number(block.target) })}`
      : '';
  return (
    <section className="report-summary">
      <h2>{t('report.summary.title')}</h2>
      {conclusions && (
        <div className="report-conclusions">
          <h3>{t('report.summary.conclusions')}</h3>
          <Paragraphs text={conclusions} />
        </div>
      )}
      {summary.culture && (
        <div className="report-summary-block report-columns">
          <WordList
            title={t('report.summary.currentWords')}
            words={summary.culture.current}
            tone="current"
          />
          <WordList
            title={t('report.summary.desiredWords')}
            words={summary.culture.desired}
            tone="desired"
          />
          <p className="report-wide">
            {t('report.summary.overlap', {
              share: percent(summary.culture.overlapShare),
              cosine: number(summary.culture.cosine, 2),
            })}
          </p>
        </div>
      )}
      {summary.culture && <SteeredSummary session={session} />}
      {summary.kanoLink && (
        <div className="report-summary-block report-columns">
          <WishList title={t('report.summary.mustBe')} wishes={summary.mustBe} />
          <WishList title={t('report.summary.attractive')} wishes={summary.attractive} />
        </div>
      )}
      {summary.largestGaps.length > 0 && (
        <div className="report-summary-block">
          <h3>{t('report.summary.largestGaps')}</h3>
          {/* Not an <ol>: its own numbers beside the block numbers read "1. 5. Uitzonderlijke…". */}
          <ul className="report-gaps">
            {summary.largestGaps.map((gap) => (
              <li key={gap.block}>
                <span className="report-block-badge">{gap.block}</span>{' '}
                <strong>{t(blockNameKey(gap.block))}</strong>
                <span className="report-muted">
                  {' — '}
                  {t('report.summary.gapLine', {
                    now: number(gap.now),
                    target: number(gap.target),
                    gap: number(gap.gap),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.actions.length > 0 && (
        <div className="report-summary-block">
          <h3>{t('report.summary.actions')}</h3>
          <ul className="report-actions-list">
            {summary.actions.map((action) => (
              <li key={action.id}>
                <span className="report-block-badge">{action.block}</span> {action.what}
                {(action.who || action.when) && (
                  <span className="report-muted">
                    {' '}
                    — {[action.who, action.when].filter(Boolean).join(', ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {summary.moreActions > 0 && (
            <p className="report-muted">
              {t('report.summary.moreActions', { count: summary.moreActions })}
            </p>
          )}
        </div>
      )}
      {(summary.kanoLink || summary.cultureLink) && (
        <div className="report-summary-block report-links">
          <h3>{t('report.summary.links')}</h3>
          {summary.kanoLink && (
            <p>
              {t('report.summary.kanoLink', {
                block: t(blockNameKey(1)),
                mustBe: summary.kanoLink.counts.M,
                oneDimensional: summary.kanoLink.counts.O,
                attractive: summary.kanoLink.counts.A,
              })}
              {score(summary.kanoLink.block)}
            </p>
          )}
          {summary.cultureLink && (
            <p>
              {t('report.summary.cultureLink', {
                block: t(blockNameKey(4)),
                develop: list(summary.cultureLink.develop),
                letGo: list(summary.cultureLink.letGo),
              })}
              {score(summary.cultureLink.block)}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function WordList({
  title,
  words,
  tone,
}: {
  title: string;
  words: string[];
  tone: 'current' | 'desired';
}) {
  return (
    <div>
      <h3>{title}</h3>
      <ol className={`report-top-words report-${tone}`}>
        {words.map((word) => (
          <li key={word}>{word}</li>
        ))}
      </ol>
    </div>
  );
}

function WishList({ title, wishes }: { title: string; wishes: WishHighlight[] }) {
  const { t, percent } = useReportText();
  return (
    <div>
      <h3>{title}</h3>
      {wishes.length === 0 ? (
        <p className="report-muted">{t('report.summary.noWishes')}</p>
      ) : (
        <ul className="report-wishes">
          {wishes.map((wish) => (
            <li key={wish.name}>
              {wish.name}
              <span className="report-muted">
                {' — '}
                {wish.share === null
                  ? t('report.summary.consensus')
                  : t('report.summary.share', { share: percent(wish.share / 100) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
