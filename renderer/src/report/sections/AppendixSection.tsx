import type { Session } from '../../../../shared/session';
import { mergeLog } from '../../../../shared/culture/analysis';
import { blockNameKey, blockShortNameKey } from '../../../../shared/excellence/blocks';
import { commentsByBlock } from '../../../../shared/excellence/comments';
import { BLOCK_NUMBERS } from '../../../../shared/excellence/model';
import { kanoQuestions } from '../../../../shared/kano/questions';
import { cultureRows, excellenceRows, kanoRows } from '../../../../shared/report/appendix';
import { useReportText } from '../reportText';
import { CultureWordsAppendix } from './CultureWordsAppendix';

/** Wish columns per Kano table: more would not fit the width of an A4 page. */
const MAX_WISHES_PER_TABLE = 6;

interface TablesProps {
  session: Session;
  /** At most this many rows per table (the on-screen preview); all rows when absent. */
  rowLimit?: number;
}

/**
 * The raw, anonymous data of every method, and the culture merge log. The preview on screen
 * shows the first rows of each table only: the tables of a 10,000-participant session hold
 * tens of thousands of rows, which took the window tens of seconds to lay out.
 */
export function AppendixSection({ session, rowLimit }: TablesProps) {
  const { t } = useReportText();
  return (
    <section className="report-appendix">
      <h2>{t('report.appendix.title')}</h2>
      <p className="report-intro">{t('report.appendix.intro')}</p>
      <CultureTables session={session} rowLimit={rowLimit} />
      <KanoTables session={session} rowLimit={rowLimit} />
      <ExcellenceTable session={session} rowLimit={rowLimit} />
      <ExcellenceComments session={session} rowLimit={rowLimit} />
    </section>
  );
}

/** The rows to draw, and the note on the rows left out. */
function useLimited<Row>(rows: readonly Row[], limit: number | undefined) {
  const { t } = useReportText();
  const hidden = limit === undefined ? 0 : Math.max(0, rows.length - limit);
  return {
    shown: hidden > 0 ? rows.slice(0, limit) : rows,
    note:
      hidden > 0 ? (
        <p className="report-note">{t('report.appendix.morePreview', { count: hidden })}</p>
      ) : null,
  };
}

function CultureTables({ session, rowLimit }: TablesProps) {
  const { t } = useReportText();
  const rows = cultureRows(session);
  const { shown, note } = useLimited(rows, rowLimit);
  const merges = mergeLog(session.culture);
  if (rows.length === 0) return null;
  const words = (list: (string | null)[]) =>
    list.map((word) => word ?? t('report.appendix.hiddenWord')).join(', ');
  return (
    <>
      <h3>{t('report.appendix.culture')}</h3>
      <table className="report-table report-compact">
        <thead>
          <tr>
            <th>{t('report.appendix.number')}</th>
            <th className="report-text-cell">{t('report.appendix.group')}</th>
            <th className="report-text-cell">{t('culture.current')}</th>
            <th className="report-text-cell">{t('culture.desired')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.number}>
              <td>{row.number}</td>
              <td className="report-text-cell">{row.group}</td>
              <td className="report-text-cell">{words(row.current)}</td>
              <td className="report-text-cell">{words(row.desired)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {note}
      <CultureWordsAppendix session={session} rowLimit={rowLimit} />
      {merges.length > 0 && (
        <>
          <h3>{t('report.appendix.merges')}</h3>
          <table className="report-table report-compact report-narrow">
            <thead>
              <tr>
                <th className="report-text-cell">{t('report.appendix.mergeFrom')}</th>
                <th className="report-text-cell">{t('report.appendix.mergeInto')}</th>
              </tr>
            </thead>
            <tbody>
              {merges.map((merge) => (
                <tr key={merge.from}>
                  <td className="report-text-cell">{merge.fromWord}</td>
                  <td className="report-text-cell">{merge.intoWord}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

/** Splits into as few parts as `max` allows, of nearly equal size (8 → 4 + 4, not 6 + 2). */
function balancedChunks<T>(items: readonly T[], max: number): T[][] {
  const size = Math.ceil(items.length / Math.ceil(items.length / max));
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size));
  return result;
}

function KanoTables({ session, rowLimit }: TablesProps) {
  const { t } = useReportText();
  const rows = kanoRows(session);
  const { shown, note } = useLimited(rows, rowLimit);
  if (rows.length === 0) return null;
  const wishes = session.kano.wishes.map((wish, index) => ({ wish, index }));
  return (
    <>
      <h3>{t('report.appendix.kano')}</h3>
      <KanoQuestionList session={session} />
      <p className="report-note">{t('report.appendix.kanoLegend')}</p>
      {balancedChunks(wishes, MAX_WISHES_PER_TABLE).map((part) => (
        <table key={part[0]?.wish.id} className="report-table report-compact">
          <thead>
            <tr>
              <th>{t('report.appendix.number')}</th>
              <th className="report-text-cell">{t('report.appendix.group')}</th>
              {part.map(({ wish }) => (
                <th key={wish.id} className="report-wish-head">
                  {wish.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.number}>
                <td>{row.number}</td>
                <td className="report-text-cell">{row.group}</td>
                {part.map(({ wish, index }) => {
                  const answer = row.answers[index];
                  return (
                    <td key={wish.id} className="report-answer">
                      {answer
                        ? `${answer.functional}-${answer.dysfunctional} ${answer.category}`
                        : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {note}
    </>
  );
}

/** The two questions of every wish, as participants read them (in the session's language). */
function KanoQuestionList({ session }: { session: Session }) {
  const { t } = useReportText();
  return (
    <>
      <p className="report-note">{t('report.appendix.kanoQuestions')}</p>
      <ol className="report-kano-questions">
        {session.kano.wishes.map((wish) => {
          const questions = kanoQuestions(wish, session.language);
          return (
            // The questions name the wish themselves (or say it in the facilitator's words).
            <li key={wish.id}>
              {questions.functional}
              <br />
              {questions.dysfunctional}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function ExcellenceTable({ session, rowLimit }: TablesProps) {
  const { t, mark } = useReportText();
  const rows = excellenceRows(session);
  const { shown, note } = useLimited(rows, rowLimit);
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t('report.appendix.excellence')}</h3>
      <p className="report-note">
        {BLOCK_NUMBERS.map((block) => `${block} ${t(blockShortNameKey(block))}`).join(' · ')}
      </p>
      <table className="report-table report-compact">
        <thead>
          <tr>
            <th>{t('report.appendix.number')}</th>
            <th className="report-text-cell">{t('report.appendix.group')}</th>
            {BLOCK_NUMBERS.map((block) => (
              <th key={block}>{block}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.number}>
              <td>{row.number}</td>
              <td className="report-text-cell">{row.group}</td>
              {row.scores.map((score, index) => (
                <td key={index}>
                  {score.now === null && score.target === null
                    ? ''
                    : `${mark(score.now)} / ${mark(score.target)}`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {note}
    </>
  );
}

/** The participants' comments per building block, anonymous like the rest of the appendix. */
function ExcellenceComments({ session, rowLimit }: TablesProps) {
  const { t } = useReportText();
  const rows = commentsByBlock(session.excellence.participants, session.groups).flatMap(
    ({ block, comments }) => comments.map((comment) => ({ block, ...comment })),
  );
  const { shown, note } = useLimited(rows, rowLimit);
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t('report.appendix.excellenceComments')}</h3>
      <table className="report-table report-compact report-comments">
        <thead>
          <tr>
            <th className="report-text-cell">{t('report.excellence.block')}</th>
            <th className="report-text-cell">{t('report.appendix.group')}</th>
            <th className="report-text-cell">{t('report.appendix.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => (
            <tr key={index}>
              <td className="report-text-cell">
                {/* The block's name once, at its first comment: the rows read as groups. */}
                {index === 0 || shown[index - 1]?.block !== row.block
                  ? `${row.block}. ${t(blockNameKey(row.block))}`
                  : ''}
              </td>
              <td className="report-text-cell">{row.group ?? ''}</td>
              <td className="report-text-cell report-comment">{row.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {note}
    </>
  );
}
