import type { Session } from '../../../../shared/session';
import type { CultureAnalysis } from '../../../../shared/culture/analysis';
import { cultureAnalysis } from '../../session/analyses';
import { countsOf, LIST_NAME, LIST_TITLE, LISTS, type ListName } from '../../culture/steering';
import { useReportText, type ReportText } from '../reportText';
import { CoreValuesReport } from './CoreValuesReport';
import { fromToTable, type FromToCell } from './fromToTable';
import { ReportClouds } from './ReportCloud';
import './cultureReport.css';

const LIST_CLASS: Record<ListName, string> = {
  letGo: 'report-current',
  keep: '',
  develop: 'report-desired',
};

/**
 * Culture: first the outcome (the core values), then the current and the desired cloud side by
 * side and the from→to table as the facilitator steered it.
 */
export function CultureSection({
  session,
  withAppendix = false,
}: {
  session: Session;
  /** The appendix is printed too: words past the table are named there, not here. */
  withAppendix?: boolean;
}) {
  const { t, number, percent } = useReportText();
  const cloud = cultureAnalysis(session.culture);
  return (
    <section className="report-culture">
      <h2>{t('report.culture.title')}</h2>
      <CoreValuesReport values={session.culture.coreValues} cloud={cloud} />
      <p className="report-intro">{t('report.culture.intro', { count: cloud.participants })}</p>
      <ReportClouds current={cloud.current} desired={cloud.desired} />
      <FromToTable cloud={cloud} withAppendix={withAppendix} />
      <p className="report-note">
        <strong>{t('culture.fromTo.overlap')}: </strong>
        {t('report.culture.overlapText', {
          share: percent(cloud.overlapShare),
          cosine: number(cloud.cosine, 2),
        })}
        {cloud.entropy !== null &&
          ` ${t('report.culture.entropy', { entropy: percent(cloud.entropy / 100) })}`}
      </p>
    </section>
  );
}

/** "betrokken (6 → 0) (verplaatst)": the word, its counts, and whether it was moved. */
export function cellText(cell: FromToCell, list: ListName, t: ReportText['t']): string {
  const counts = countsOf(cell.word, list, cell.movedFrom !== null);
  const figures =
    'single' in counts ? String(counts.single) : t('culture.fromTo.keepCounts', counts);
  const moved = cell.movedFrom === null ? '' : ` ${t('culture.report.moved')}`;
  return `${cell.word.word} (${figures})${moved}`;
}

/** "Moved by the facilitator: betrokken (let go → keep)", or null when nothing moved. */
export function movedSentence(cloud: CultureAnalysis, t: ReportText['t']): string | null {
  if (cloud.steered.moved.length === 0) return null;
  const moves = cloud.steered.moved.map(
    (move) => `${move.word} (${t(LIST_NAME[move.from])} → ${t(LIST_NAME[move.to])})`,
  );
  return t('culture.report.movedNote', { moves: moves.join(', ') });
}

function FromToTable({ cloud, withAppendix }: { cloud: CultureAnalysis; withAppendix: boolean }) {
  const { t } = useReportText();
  // Only the rows shown: a large session has hundreds of words in each column.
  const table = fromToTable(cloud);
  const moved = movedSentence(cloud, t);
  const rest = table.rest
    .map(
      (part) =>
        `${t(LIST_NAME[part.list])}: ${part.words.map((cell) => cellText(cell, part.list, t)).join(', ')}`,
    )
    .join('; ');
  return (
    <>
      {/* The heading and the table on one page: at most a dozen rows, never split. */}
      <div className="report-keep">
        <h3>{t('report.culture.fromTo')}</h3>
        <table className="report-table report-from-to">
          <thead>
            <tr>
              {LISTS.map((list) => (
                <th key={list} className={`report-text-cell ${LIST_CLASS[list]}`}>
                  {t(LIST_TITLE[list])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: table.rows }, (_, row) => (
              <tr key={row}>
                {LISTS.map((list) => {
                  const cell = table.columns[list][row];
                  return (
                    <td
                      key={list}
                      className={`report-text-cell${cell?.movedFrom ? ' report-moved' : ''}`}
                    >
                      {cell ? cellText(cell, list, t) : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.restCount > 0 && (
        <p className="report-note" data-testid="from-to-rest">
          {withAppendix
            ? t('culture.report.moreInAppendix', { count: table.restCount })
            : t('culture.report.moreWords', { count: table.restCount, words: rest })}
        </p>
      )}
      {moved && <p className="report-note">{moved}</p>}
    </>
  );
}
