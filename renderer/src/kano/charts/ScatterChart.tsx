import type { KanoCategory } from '../../../../shared/kano/model';
import { CATEGORY_FILL, CATEGORY_STRONG } from '../categoryStyle';
import { shortLabel, spreadLabels } from './labelLayout';

export interface ScatterPoint {
  id: string;
  name: string;
  /** The wish's number in the table, shown instead of its name when there are many points. */
  number: number;
  x: number;
  y: number;
  category: KanoCategory | null;
  /** Half-lengths of the error bars, if any. */
  errorX?: number | null;
  errorY?: number | null;
}

interface Quadrant {
  label: string;
  category: KanoCategory;
}

export interface ScatterChartProps {
  title: string;
  xTitle: string;
  yTitle: string;
  xDomain: [number, number];
  yDomain: [number, number];
  ticks: { x: number[]; y: number[] };
  /** Where the plane is split into quadrants. */
  split: { x: number; y: number };
  quadrants: { topLeft: Quadrant; topRight: Quadrant; bottomLeft: Quadrant; bottomRight: Quadrant };
  points: ScatterPoint[];
  formatTick(value: number): string;
  /** Small print under the plot, e.g. what the error bars mean. */
  notes: string[];
}

/** Above this many points the labels are the wishes' numbers: names would cover the plot. */
export const NUMBERED_ABOVE = 12;

const WIDTH = 900;
const HEIGHT = 680;
const PLOT = { left: 90, right: 870, top: 60, bottom: 600 };
const FONT = 17;
const LABEL_GAP = FONT + 3;

/**
 * A labelled scatter plot split in four coloured quadrants; the base of the Better/Worse chart
 * and the continuous plane. Pure SVG in a viewBox, so it scales for the projector and prints.
 */
export function ScatterChart(props: ScatterChartProps) {
  const { xDomain, yDomain, split, quadrants, points } = props;
  const sx = (x: number) =>
    PLOT.left + ((x - xDomain[0]) / (xDomain[1] - xDomain[0])) * (PLOT.right - PLOT.left);
  const sy = (y: number) =>
    PLOT.bottom - ((y - yDomain[0]) / (yDomain[1] - yDomain[0])) * (PLOT.bottom - PLOT.top);
  const clampX = (x: number) => Math.min(PLOT.right, Math.max(PLOT.left, sx(x)));
  const clampY = (y: number) => Math.min(PLOT.bottom, Math.max(PLOT.top, sy(y)));
  const midX = sx(split.x);
  const midY = sy(split.y);

  const numbered = points.length > NUMBERED_ABOVE;
  const labels = points.map((p) => {
    const text = numbered ? String(p.number) : shortLabel(p.name);
    const width = text.length * FONT * 0.55;
    const leftSide = sx(p.x) > PLOT.left + (PLOT.right - PLOT.left) * 0.68;
    const x = leftSide ? sx(p.x) - 12 - width : sx(p.x) + 12;
    // Just above the point's height, so a horizontal error bar does not run through the text.
    return { text, width, x, y: sy(p.y) - 6, leftSide };
  });
  const labelY = spreadLabels(labels, LABEL_GAP);

  const quadrantRects = [
    { q: quadrants.topLeft, x: PLOT.left, y: PLOT.top, w: midX - PLOT.left, h: midY - PLOT.top },
    { q: quadrants.topRight, x: midX, y: PLOT.top, w: PLOT.right - midX, h: midY - PLOT.top },
    { q: quadrants.bottomLeft, x: PLOT.left, y: midY, w: midX - PLOT.left, h: PLOT.bottom - midY },
    { q: quadrants.bottomRight, x: midX, y: midY, w: PLOT.right - midX, h: PLOT.bottom - midY },
  ];

  return (
    <svg
      className="kano-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={props.title}
      fontFamily="inherit"
      fontSize={FONT}
    >
      <title>{props.title}</title>
      <rect x="0" y="0" width={WIDTH} height={HEIGHT} fill="#ffffff" />
      <text x={PLOT.left} y={32} fontSize={FONT + 5} fontWeight={700} fill="#1d2433">
        {props.title}
      </text>
      {quadrantRects.map(({ q, x, y, w, h }) => (
        <g key={q.category}>
          <rect x={x} y={y} width={w} height={h} fill={CATEGORY_FILL[q.category]} opacity={0.1} />
          {/* Big and faint in the middle of the quadrant, so point labels stay readable over it. */}
          <text
            x={x + w / 2}
            y={y + h / 2 + 10}
            textAnchor="middle"
            fontWeight={700}
            fontSize={FONT + 9}
            fill={CATEGORY_STRONG[q.category]}
            opacity={0.45}
          >
            {q.label}
          </text>
        </g>
      ))}
      {props.ticks.x.map((tick) => (
        <g key={`x${tick}`}>
          <line x1={sx(tick)} x2={sx(tick)} y1={PLOT.top} y2={PLOT.bottom} stroke="#d7dce5" />
          <text x={sx(tick)} y={PLOT.bottom + 24} textAnchor="middle" fill="#5b6475">
            {props.formatTick(tick)}
          </text>
        </g>
      ))}
      {props.ticks.y.map((tick) => (
        <g key={`y${tick}`}>
          <line x1={PLOT.left} x2={PLOT.right} y1={sy(tick)} y2={sy(tick)} stroke="#d7dce5" />
          <text x={PLOT.left - 10} y={sy(tick) + 6} textAnchor="end" fill="#5b6475">
            {props.formatTick(tick)}
          </text>
        </g>
      ))}
      <line x1={midX} x2={midX} y1={PLOT.top} y2={PLOT.bottom} stroke="#5b6475" strokeWidth={2} />
      <line x1={PLOT.left} x2={PLOT.right} y1={midY} y2={midY} stroke="#5b6475" strokeWidth={2} />
      <rect
        x={PLOT.left}
        y={PLOT.top}
        width={PLOT.right - PLOT.left}
        height={PLOT.bottom - PLOT.top}
        fill="none"
        stroke="#5b6475"
      />
      <text x={(PLOT.left + PLOT.right) / 2} y={HEIGHT - 30} textAnchor="middle" fill="#1d2433">
        {props.xTitle}
      </text>
      <text
        transform={`translate(28 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fill="#1d2433"
      >
        {props.yTitle}
      </text>
      {props.notes.length > 0 && (
        <text x={PLOT.right} y={HEIGHT - 8} textAnchor="end" fill="#5b6475" fontSize={FONT - 3}>
          {props.notes.join(' · ')}
        </text>
      )}
      {points.map((p, i) => {
        const color = p.category ? CATEGORY_FILL[p.category] : '#1d2433';
        const label = labels[i]!;
        return (
          <g key={p.id} data-testid="chart-point">
            <title>{p.name}</title>
            {p.errorX != null && (
              <line
                x1={clampX(p.x - p.errorX)}
                x2={clampX(p.x + p.errorX)}
                y1={sy(p.y)}
                y2={sy(p.y)}
                stroke={color}
                strokeWidth={2}
                opacity={numbered ? 0.25 : 0.6}
              />
            )}
            {p.errorY != null && (
              <line
                x1={sx(p.x)}
                x2={sx(p.x)}
                y1={clampY(p.y - p.errorY)}
                y2={clampY(p.y + p.errorY)}
                stroke={color}
                strokeWidth={2}
                opacity={numbered ? 0.25 : 0.6}
              />
            )}
            {Math.abs(labelY[i]! - label.y) > 4 && (
              <line
                x1={sx(p.x)}
                y1={sy(p.y)}
                x2={label.leftSide ? label.x + label.width : label.x}
                y2={labelY[i]! - FONT * 0.4}
                stroke="#8c8c8c"
              />
            )}
            <circle cx={sx(p.x)} cy={sy(p.y)} r={8} fill={color} stroke="#ffffff" strokeWidth={2} />
          </g>
        );
      })}
      {/* Labels after all markers, so no marker covers a label. */}
      {labels.map((label, i) => (
        <text
          key={points[i]!.id}
          x={label.x}
          y={labelY[i]}
          fill="#1d2433"
          fontWeight={600}
          stroke="#ffffff"
          strokeWidth={4}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {label.text}
        </text>
      ))}
    </svg>
  );
}
