import type { WishAnalysis } from '../../../../shared/kano/analysis';
import { CATEGORY_PRIORITY } from '../../../../shared/kano/categoryStats';
import type { Language } from '../../../../shared/session';
import { formatNumber } from '../../components/format';
import type { Translate } from '../../i18n';
import { CATEGORY_FILL, CATEGORY_INK } from '../categoryStyle';
import { shortLabel } from './labelLayout';

interface Props {
  results: readonly WishAnalysis[];
  t: Translate;
  language: Language;
}

const WIDTH = 900;
const FONT = 17;
const ROW = 40;
const BAR = 28;
const TOP = 100;
const LABEL_WIDTH = 290;
const BAR_LEFT = LABEL_WIDTH + 10;
const BAR_RIGHT = WIDTH - 70;
const LEGEND_STEP = 146;

/** One stacked 100% bar per wish: the share of each category, M O A I R Q from left to right. */
export function CategoryBars({ results, t, language }: Props) {
  const height = TOP + results.length * ROW + 10;
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
        {t('kano.chart.bars')}
      </text>
      {CATEGORY_PRIORITY.map((category, i) => (
        <g key={category} transform={`translate(${10 + i * LEGEND_STEP} 52)`}>
          <rect width={18} height={18} fill={CATEGORY_FILL[category]} />
          <text x={24} y={15} fill="#1d2433">
            {`${category} ${t(`kano.category.${category}`)}`}
          </text>
        </g>
      ))}
      <text x={WIDTH - 10} y={TOP - 8} textAnchor="end" fill="#5b6475">
        n
      </text>
      {results.map((r, row) => {
        const y = TOP + row * ROW;
        let x = BAR_LEFT;
        return (
          <g key={r.wish.id} data-testid="chart-bar">
            <title>{r.wish.name}</title>
            <text
              x={LABEL_WIDTH}
              y={y + BAR / 2 + 6}
              textAnchor="end"
              fill="#1d2433"
              fontWeight={600}
            >
              {shortLabel(r.wish.name, 28)}
            </text>
            <rect x={BAR_LEFT} y={y} width={BAR_RIGHT - BAR_LEFT} height={BAR} fill="#f4f6fa" />
            {CATEGORY_PRIORITY.map((category) => {
              const width = scale(r.percentages[category]);
              const start = x;
              x += width;
              if (width === 0) return null;
              return (
                <g key={category}>
                  <rect x={start} y={y} width={width} height={BAR} fill={CATEGORY_FILL[category]} />
                  {width > 44 && (
                    <text
                      x={start + width / 2}
                      y={y + BAR / 2 + 6}
                      textAnchor="middle"
                      fill={CATEGORY_INK[category]}
                      fontSize={FONT - 2}
                    >
                      {`${category} ${formatNumber(r.percentages[category], language, 0)}%`}
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
