import {
  angle,
  CX,
  CY,
  HEIGHT,
  isComplete,
  outline,
  point,
  polar,
  RADIUS,
  WIDTH,
  wrap,
} from './radarGeometry';
import './radar.css';

export interface RadarSeries {
  /** Stable key, also written to data-series for tests. */
  key: string;
  label: string;
  /** One value per axis, in axis order; null where there is no figure. */
  values: readonly (number | null)[];
  color: string;
  dashed?: boolean;
}

interface RadarChartProps {
  /** Accessible name of the chart. */
  title: string;
  axes: readonly string[];
  series: readonly RadarSeries[];
  /** The outer ring; the scale runs from 0 at the centre. */
  max?: number;
  /** Rings to draw and label. */
  rings?: readonly number[];
}

/** Colours for series that carry no meaning of their own (one per group); dark enough to print. */
export const SERIES_PALETTE = ['#1f5fa8', '#b3261e', '#2e7d32', '#7b3fa0', '#a15c00', '#00838f'];
/** "Now" and "target" keep the same colours everywhere: screen, radar and report. */
export const NOW_COLOR = '#8a4b08';
export const TARGET_COLOR = '#0b6e6e';
export const PREVIOUS_COLOR = '#6b7280';

/** A radar chart in plain SVG (no library), used on screen and in the printed report. */
export function RadarChart({
  title,
  axes,
  series,
  max = 10,
  rings = [2, 4, 6, 8, 10],
}: RadarChartProps) {
  const count = axes.length;
  const ringPath = (value: number) =>
    `M ${axes.map((_, i) => point(i, count, value, max).join(' ')).join(' L ')} Z`;
  return (
    <figure className="radar" data-testid="radar">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        <g className="radar-grid" fill="none" stroke="#c9ced8">
          {rings.map((ring) => (
            <path key={ring} d={ringPath(ring)} strokeWidth={ring === max ? 1.5 : 1} />
          ))}
          {axes.map((_, i) => {
            const [x, y] = point(i, count, max, max);
            return <line key={i} x1={CX} y1={CY} x2={x} y2={y} />;
          })}
        </g>
        <g className="radar-ring-labels" fill="#5b6475" fontSize={13} textAnchor="end">
          {rings.map((ring) => {
            // Just inside each ring, left of the first axis: clear of the axis labels.
            const [x, y] = point(0, count, ring, max);
            return (
              <text key={ring} x={x - 5} y={y + 14}>
                {ring}
              </text>
            );
          })}
        </g>
        {series.map((s) => (
          <g key={s.key} data-testid="radar-series" data-series={s.key}>
            <path
              d={outline(s.values, max)}
              fill={s.dashed || !isComplete(s.values) ? 'none' : s.color}
              fillOpacity={0.12}
              stroke={s.color}
              strokeWidth={3}
              strokeDasharray={s.dashed ? '8 6' : undefined}
              strokeLinejoin="round"
            />
            {s.values.map((value, i) => {
              if (value === null) return null;
              const [x, y] = point(i, count, value, max);
              return <circle key={i} cx={x} cy={y} r={4.5} fill={s.color} />;
            })}
          </g>
        ))}
        <g className="radar-axis-labels" fill="#1d2433" fontSize={18}>
          {axes.map((label, i) => (
            <AxisLabel key={i} label={label} index={i} count={count} />
          ))}
        </g>
      </svg>
      <figcaption className="radar-legend">
        {series.map((s) => (
          <span key={s.key} className="radar-legend-item">
            <svg width="34" height="12" aria-hidden="true">
              <line
                x1="2"
                y1="6"
                x2="32"
                y2="6"
                stroke={s.color}
                strokeWidth="4"
                strokeDasharray={s.dashed ? '6 4' : undefined}
              />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function AxisLabel({ label, index, count }: { label: string; index: number; count: number }) {
  const [x, y] = polar(index, count, RADIUS + 16);
  const cos = Math.cos(angle(index, count));
  const sin = Math.sin(angle(index, count));
  const anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
  const lines = wrap(label);
  const lineHeight = 20;
  // Labels above the chart grow upwards, labels below grow downwards, side labels centre.
  const firstY =
    sin < -0.5
      ? y - (lines.length - 1) * lineHeight
      : sin > 0.5
        ? y + lineHeight * 0.8
        : y - ((lines.length - 1) * lineHeight) / 2 + 5;
  return (
    <text data-testid="radar-axis-label" aria-label={label} textAnchor={anchor} x={x} y={firstY}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
