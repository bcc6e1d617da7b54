import type { WishAnalysis } from '../../../../shared/kano/analysis';
import { CATEGORY_PRIORITY } from '../../../../shared/kano/categoryStats';
import type { KanoCategory } from '../../../../shared/kano/model';
import type { Language } from '../../../../shared/session';
import { formatNumber } from '../../components/format';
import type { Translate } from '../../i18n';
import { CATEGORY_FILL, CATEGORY_INK } from '../categoryStyle';
import { fitText, textWidth, wrapText } from './labelLayout';

interface Props {
  results: readonly WishAnalysis[];
  t: Translate;
  language: Language;
}

const WIDTH = 900;
const FONT = 17;
const ROW = 40;
const BAR = 28;
/** A long wish name wraps onto more lines beside its bar (never cut off); the row grows. */
const NAME_LINE = FONT + 3;
const LABEL_WIDTH = 290;
const BAR_LEFT = LABEL_WIDTH + 10;
const BAR_RIGHT = WIDTH - 70;
const MARGIN = 10;
const LEGEND_TOP = 52;
const LEGEND_ROW = 28;
const SWATCH = 18;
/** Between a legend item's end and the next swatch. */
const LEGEND_GAP = 28;

/** One stacked 100% bar per wish: the share of each category, M O A I R Q from left to right. */
export function CategoryBars({ results, t, language }: Props) {
  // The legend flows like text: items left to right, on a new line when the next does not fit.
  const legend: { category: KanoCategory; text: string; x: number; y: number }[] = [];
  let legendX = MARGIN;
  let legendY = LEGEND_TOP;
  for (const category of CATEGORY_PRIORITY) {
    const text = fitText(
      `${category} ${t(`kano.category.${category}`)}`,
      WIDTH - 2 * MARGIN - SWATCH - 6,
      FONT,
    );
    const width = SWATCH + 6 + textWidth(text, FONT);
    if (legendX > MARGIN && legendX + width > WIDTH - MARGIN) {
      legendX = MARGIN;
      legendY += LEGEND_ROW;
    }
    legend.push({ category, text, x: legendX, y: legendY });
    legendX += width + LEGEND_GAP;
  }
  const top = legendY + LEGEND_ROW + 20;
  // Each row: its name's lines, the bar centred on them, and where the row starts.
  const rows: { r: WishAnalysis; lines: string[]; barY: number }[] = [];
  let rowTop = top;
  for (const r of results) {
    const lines = wrapText(r.wish.name, LABEL_WIDTH - MARGIN, FONT, true);
    const rowHeight = Math.max(ROW, lines.length * NAME_LINE + (ROW - BAR));
    rows.push({ r, lines, barY: rowTop + (rowHeight - (ROW - BAR) - BAR) / 2 });
    rowTop += rowHeight;
  }
  const height = rowTop + 10;
  const scale = (percent: number) => (percent / 100) * (BAR_RIGHT - BAR_LEFT);
  return (
    <svg
      className="kano-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t('kano.chart.bars')}
      fontFamily="inherit"
      fontSize={FONT}
    >
      <title>{t('kano.chart.bars')}</title>
      <rect x="0" y="0" width={WIDTH} height={height} fill="#ffffff" />
      <text x={10} y={32} fontSize={FONT + 5} fontWeight={700} fill="#1d2433">
        {fitText(t('kano.chart.bars'), WIDTH - 2 * MARGIN, FONT + 5, true)}
      </text>
      {legend.map(({ category, text, x, y }) => (
        <g key={category} transform={`translate(${x} ${y})`} data-testid="chart-legend-item">
          <rect width={SWATCH} height={SWATCH} fill={CATEGORY_FILL[category]} />
          <text x={SWATCH + 6} y={15} fill="#1d2433">
            {text}
          </text>
        </g>
      ))}
      <text x={WIDTH - 10} y={top - 8} textAnchor="end" fill="#5b6475">
        n
      </text>
      {rows.map(({ r, lines, barY: y }) => {
        let x = BAR_LEFT;
        return (
          <g key={r.wish.id} data-testid="chart-bar">
            <title>{r.wish.name}</title>
            <text
              x={LABEL_WIDTH}
              y={y + BAR / 2 + 6 - ((lines.length - 1) * NAME_LINE) / 2}
              textAnchor="end"
              fill="#1d2433"
              fontWeight={600}
            >
              {lines.map((line, k) => (
                <tspan key={k} x={LABEL_WIDTH} dy={k === 0 ? 0 : NAME_LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect x={BAR_LEFT} y={y} width={BAR_RIGHT - BAR_LEFT} height={BAR} fill="#f4f6fa" />
            {CATEGORY_PRIORITY.map((category) => {
              const width = scale(r.percentages[category]);
              const start = x;
              x += width;
              if (width === 0) return null;
              const segment = `${category} ${formatNumber(r.percentages[category], language, 0)}%`;
              return (
                <g key={category}>
                  <rect x={start} y={y} width={width} height={BAR} fill={CATEGORY_FILL[category]} />
                  {textWidth(segment, FONT - 2) + 2 <= width && (
                    <text
                      x={start + width / 2}
                      y={y + BAR / 2 + 6}
                      textAnchor="middle"
                      fill={CATEGORY_INK[category]}
                      fontSize={FONT - 2}
                    >
                      {segment}
                    </text>
                  )}
                </g>
              );
            })}
            <text x={WIDTH - 10} y={y + BAR / 2 + 6} textAnchor="end" fill="#5b6475">
              {r.n}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
