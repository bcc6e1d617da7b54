import type { KanoCategory } from '../../../../shared/kano/model';
import type { Translate } from '../../i18n';
import { CATEGORY_FILL, CATEGORY_STRONG } from '../categoryStyle';
import {
  type Box,
  fitText,
  overlapArea,
  placeLabelsScored,
  textWidth,
  wrappedAtSpaces,
  wrapText,
} from './labelLayout';

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

type Quadrants = ScatterChartProps['quadrants'];

/**
 * Kano's plane, in both charts: attractive top left, one-dimensional top right, indifferent
 * bottom left, must-be bottom right.
 */
export function kanoQuadrants(t: Translate): Quadrants {
  const quadrant = (category: 'A' | 'O' | 'M' | 'I'): Quadrant => ({
    category,
    label: `${t(`kano.category.${category}`)} (${category})`,
  });
  return {
    topLeft: quadrant('A'),
    topRight: quadrant('O'),
    bottomLeft: quadrant('I'),
    bottomRight: quadrant('M'),
  };
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

/**
 * Above this many points the labels are the wishes' numbers (names would cover the plot), with
 * the full names in the list under the chart.
 */
const NUMBERED_ABOVE = 12;

const WIDTH = 900;
const BASE_HEIGHT = 680;
/** The plot's frame. */
const PLOT = { left: 90, right: 870, top: 60, bottom: 600 };
/**
 * Room between the frame and the ends of the scales, so a point on a scale's end (|Worse| = 1,
 * a mean score of 4) is drawn whole, inside the frame, with room for the tip of a cut error bar.
 */
const PAD = 20;
const FONT = 17;
const QUADRANT_FONT = FONT + 9;
const NOTE_FONT = FONT - 3;
const RADIUS = 8;
/** The widest line of a wish's name as a label. */
const LABEL_MAX = 280;
/**
 * A name takes at most this many lines beside its point; a longer one (or a two-line one with
 * no free spot near its point) is drawn as its number and written out in full in the list
 * under the chart. Nothing is ever cut off with "…".
 */
const LABEL_LINES = 2;
const LABEL_HEIGHT = FONT + 2;
/** The list of numbered wishes under the chart: its left and right edge, line and row spacing. */
const LIST = { left: 30, right: WIDTH - 30, line: FONT + 4, gap: 6, columnGap: 30 };
/** Where a label's baseline sits in its box. */
const BASELINE = FONT * 0.8;

/**
 * A labelled scatter plot split in four coloured quadrants; the base of the Better/Worse chart
 * and the continuous plane. Pure SVG in a viewBox, so it scales for the projector and prints.
 * Every point, label and error bar stays inside the frame: the scales end PAD inside it, error
 * bars are cut at the ends of the scales (an arrowhead shows where), and labels are placed clear
 * of the markers, the quadrant names and each other.
 */
export function ScatterChart(props: ScatterChartProps) {
  const { xDomain, yDomain, split, quadrants, points } = props;
  const left = PLOT.left + PAD;
  const right = PLOT.right - PAD;
  const top = PLOT.top + PAD;
  const bottom = PLOT.bottom - PAD;
  const sx = (x: number) => left + ((x - xDomain[0]) / (xDomain[1] - xDomain[0])) * (right - left);
  const sy = (y: number) =>
    bottom - ((y - yDomain[0]) / (yDomain[1] - yDomain[0])) * (bottom - top);
  const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
  const midX = sx(split.x);
  const midY = sy(split.y);
  const frame: Box = {
    x: PLOT.left,
    y: PLOT.top,
    width: PLOT.right - PLOT.left,
    height: PLOT.bottom - PLOT.top,
  };
  // Each marker with its white ring.
  const markers: Box[] = points.map((p) => ({
    x: sx(p.x) - RADIUS - 1,
    y: sy(p.y) - RADIUS - 1,
    width: 2 * RADIUS + 2,
    height: 2 * RADIUS + 2,
  }));

  const quadrantRects = [
    { q: quadrants.topLeft, x: PLOT.left, y: PLOT.top, w: midX - PLOT.left, h: midY - PLOT.top },
    { q: quadrants.topRight, x: midX, y: PLOT.top, w: PLOT.right - midX, h: midY - PLOT.top },
    { q: quadrants.bottomLeft, x: PLOT.left, y: midY, w: midX - PLOT.left, h: PLOT.bottom - midY },
    { q: quadrants.bottomRight, x: midX, y: midY, w: PLOT.right - midX, h: PLOT.bottom - midY },
  ];
  // Each quadrant's name: as large as fits its quadrant, in the middle unless a point is there,
  // else towards the quadrant's outer corner or another free spot.
  const quadrantNames = quadrantRects.map(({ q, x, y, w, h }, i) => {
    const size = Math.max(
      FONT - 2,
      Math.min(QUADRANT_FONT, (QUADRANT_FONT * (w - 16)) / textWidth(q.label, QUADRANT_FONT, true)),
    );
    const text = fitText(q.label, w - 16, size, true);
    const width = textWidth(text, size, true);
    const height = size;
    const outerLeft = i % 2 === 0;
    const outerTop = i < 2;
    const cx = [x + w / 2, outerLeft ? x + 8 + width / 2 : x + w - 8 - width / 2];
    const cy = [y + h / 2, outerTop ? y + 8 + height / 2 : y + h - 8 - height / 2];
    const spots = [
      [cx[0]!, cy[0]!],
      [cx[0]!, (cy[0]! + cy[1]!) / 2],
      [cx[1]!, cy[1]!],
      [cx[0]!, cy[1]!],
      [cx[1]!, cy[0]!],
      [cx[0]!, outerTop ? y + h - 8 - height / 2 : y + 8 + height / 2],
    ].map(([mx, my]): Box => ({ x: mx! - width / 2, y: my! - height / 2, width, height }));
    const cost = (box: Box) => markers.reduce((sum, m) => sum + overlapArea(box, m, 2), 0);
    const box =
      spots.find((spot) => cost(spot) === 0) ?? spots.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    return { text, size, box };
  });

  const numbered = points.length > NUMBERED_ABOVE;
  const asNumber = (p: ScatterPoint) => ({ lines: [String(p.number)], listed: true });
  const firstLabels = points.map((p) => {
    const lines = wrapText(p.name, LABEL_MAX, FONT, true);
    const named = !numbered && lines.length <= LABEL_LINES && wrappedAtSpaces(p.name, lines);
    return named ? { lines, listed: false } : asNumber(p);
  });
  const place = (labels: readonly { lines: string[] }[]) =>
    placeLabelsScored(
      points.map((p, i) => ({
        px: sx(p.x),
        py: sy(p.y),
        width: Math.max(...labels[i]!.lines.map((line) => textWidth(line, FONT, true))) + 2,
        height: labels[i]!.lines.length * LABEL_HEIGHT,
        radius: RADIUS + 1,
      })),
      [...markers, ...quadrantNames.map((n) => n.box)],
      { x: PLOT.left + 3, y: PLOT.top + 3, width: frame.width - 6, height: frame.height - 6 },
    );
  const firstPlacing = place(firstLabels);
  // A two-line name that found no free spot near its point (it would cover something, or sit
  // as near to another point as to its own) is drawn as its number instead, and listed.
  const crowded = (i: number) => firstLabels[i]!.lines.length > 1 && firstPlacing[i]!.cost >= 1;
  const labels = firstLabels.map((label, i) => (crowded(i) ? asNumber(points[i]!) : label));
  const boxes = (points.some((_, i) => crowded(i)) ? place(labels) : firstPlacing).map(
    (label) => label.box,
  );

  // The notes, on as many lines as they need under the x-axis title.
  const noteLines: string[] = [];
  for (const note of props.notes) {
    const last = noteLines[noteLines.length - 1];
    if (last !== undefined && textWidth(`${last} · ${note}`, NOTE_FONT) <= PLOT.right - PLOT.left)
      noteLines[noteLines.length - 1] = `${last} · ${note}`;
    else noteLines.push(...wrapText(note, PLOT.right - PLOT.left, NOTE_FONT));
  }
  const notesBottom = BASE_HEIGHT + Math.max(0, noteLines.length - 1) * (NOTE_FONT + 4);
  const list = numberedList(
    points.filter((_, i) => labels[i]!.listed),
    noteLines.length > 0 ? notesBottom + 8 : BASE_HEIGHT - 10,
  );
  const height = list ? list.bottom + 14 : notesBottom;

  /** A ± error bar along one axis, cut at the ends of the scale with an arrowhead there. */
  const errorBar = (
    p: ScatterPoint,
    axis: 'x' | 'y',
    error: number,
    color: string,
    opacity: number,
  ) => {
    const domain = axis === 'x' ? xDomain : yDomain;
    const scale = axis === 'x' ? sx : sy;
    const value = axis === 'x' ? p.x : p.y;
    const low = value - error;
    const high = value + error;
    const a = scale(clamp(low, domain[0], domain[1]));
    const b = scale(clamp(high, domain[0], domain[1]));
    const fixed = axis === 'x' ? sy(p.y) : sx(p.x);
    const line = (u1: number, u2: number) =>
      axis === 'x'
        ? { x1: u1, x2: u2, y1: fixed, y2: fixed }
        : { x1: fixed, x2: fixed, y1: u1, y2: u2 };
    // An arrowhead beyond each cut end, pointing away from the point.
    const arrow = (end: number, direction: number) => {
      const tip = end + direction * 9;
      const pts =
        axis === 'x'
          ? [
              [tip, fixed],
              [end, fixed - 5],
              [end, fixed + 5],
            ]
          : [
              [fixed, tip],
              [fixed - 5, end],
              [fixed + 5, end],
            ];
      return (
        <polygon
          key={`${axis}${direction}`}
          points={pts.map((pt) => pt.join(',')).join(' ')}
          fill={color}
          opacity={opacity}
          data-testid="chart-error-cut"
        />
      );
    };
    const lowCut = low < domain[0];
    const highCut = high > domain[1];
    // On the y axis larger values are drawn higher, i.e. at smaller SVG y.
    const sign = axis === 'x' ? 1 : -1;
    return (
      <g key={axis}>
        <line {...line(a, b)} stroke={color} strokeWidth={2} opacity={opacity} />
        {lowCut && arrow(a, -sign)}
        {highCut && arrow(b, sign)}
      </g>
    );
  };

  return (
    <svg
      className="kano-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={props.title}
      fontFamily="inherit"
      fontSize={FONT}
    >
      <title>{props.title}</title>
      <rect x="0" y="0" width={WIDTH} height={height} fill="#ffffff" />
      <text x={PLOT.left} y={32} fontSize={FONT + 5} fontWeight={700} fill="#1d2433">
        {fitText(props.title, PLOT.right - PLOT.left, FONT + 5, true)}
      </text>
      {quadrantRects.map(({ q, x, y, w, h }, i) => {
        const name = quadrantNames[i]!;
        return (
          <g key={q.category}>
            <rect x={x} y={y} width={w} height={h} fill={CATEGORY_FILL[q.category]} opacity={0.1} />
            {/* Big and faint, so point labels stay readable; labels never cover it. */}
            <text
              x={name.box.x + name.box.width / 2}
              y={name.box.y + name.size * 0.82}
              textAnchor="middle"
              fontWeight={700}
              fontSize={name.size}
              fill={CATEGORY_STRONG[q.category]}
              opacity={0.45}
              data-testid="chart-quadrant"
            >
              {name.text}
            </text>
          </g>
        );
      })}
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
      <text
        x={(PLOT.left + PLOT.right) / 2}
        y={BASE_HEIGHT - 30}
        textAnchor="middle"
        fill="#1d2433"
      >
        {fitText(props.xTitle, PLOT.right - PLOT.left, FONT)}
      </text>
      <text
        transform={`translate(28 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fill="#1d2433"
      >
        {fitText(props.yTitle, PLOT.bottom - PLOT.top, FONT)}
      </text>
      {noteLines.map((line, i) => (
        <text
          key={i}
          x={PLOT.right}
          y={BASE_HEIGHT - 8 + i * (NOTE_FONT + 4)}
          textAnchor="end"
          fill="#5b6475"
          fontSize={NOTE_FONT}
        >
          {line}
        </text>
      ))}
      {points.map((p, i) => {
        const color = p.category ? CATEGORY_FILL[p.category] : '#1d2433';
        const opacity = numbered ? 0.25 : 0.6;
        const box = boxes[i]!;
        const px = sx(p.x);
        const py = sy(p.y);
        // A leader line when the label had to move away from its point.
        const nearX = clamp(px, box.x, box.x + box.width);
        const nearY = clamp(py, box.y, box.y + box.height);
        const distance = Math.hypot(nearX - px, nearY - py);
        return (
          <g key={p.id} data-testid="chart-point">
            <title>{p.name}</title>
            {p.errorX != null && errorBar(p, 'x', p.errorX, color, opacity)}
            {p.errorY != null && errorBar(p, 'y', p.errorY, color, opacity)}
            {distance > RADIUS + 10 && (
              <line
                x1={px + ((nearX - px) / distance) * (RADIUS + 2)}
                y1={py + ((nearY - py) / distance) * (RADIUS + 2)}
                x2={nearX}
                y2={nearY}
                stroke="#8c8c8c"
              />
            )}
            <circle cx={px} cy={py} r={RADIUS} fill={color} stroke="#ffffff" strokeWidth={2} />
          </g>
        );
      })}
      {/* Labels after all markers, so no marker covers a label. */}
      {points.map((p, i) => (
        <g key={p.id} data-testid="chart-label">
          <title>{p.name}</title>
          <text
            x={boxes[i]!.x + 1}
            y={boxes[i]!.y + BASELINE + 1}
            fill="#1d2433"
            fontWeight={600}
            stroke="#ffffff"
            strokeWidth={4}
            strokeLinejoin="round"
            paintOrder="stroke"
          >
            {labels[i]!.lines.map((line, k) => (
              <tspan key={k} x={boxes[i]!.x + 1} dy={k === 0 ? 0 : LABEL_HEIGHT}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {list?.rows.map(({ point, x, y, lines }) => (
        <g key={point.id} data-testid="chart-list-item">
          <text x={x} y={y} fontWeight={700} fill="#1d2433">
            {point.number}
          </text>
          <text x={x + list.numberWidth} y={y} fill="#1d2433">
            {lines.map((line, k) => (
              <tspan key={k} x={x + list.numberWidth} dy={k === 0 ? 0 : LIST.line}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </svg>
  );
}

/**
 * The numbered wishes written out in full under the chart, from `top` down: in two columns when
 * every name fits a column in two lines, else in one, row by row in number order.
 */
function numberedList(points: readonly ScatterPoint[], top: number) {
  if (points.length === 0) return null;
  const sorted = [...points].sort((a, b) => a.number - b.number);
  const numberWidth = Math.max(...sorted.map((p) => textWidth(String(p.number), FONT, true))) + 10;
  const full = LIST.right - LIST.left;
  const half = (full - LIST.columnGap) / 2;
  const wrapAll = (width: number) => sorted.map((p) => wrapText(p.name, width - numberWidth, FONT));
  const halves = wrapAll(half);
  const twoColumns = sorted.length > 1 && halves.every((lines) => lines.length <= 2);
  const wrapped = twoColumns ? halves : wrapAll(full);
  const columns = twoColumns ? 2 : 1;
  const rows: { point: ScatterPoint; x: number; y: number; lines: string[] }[] = [];
  let rowTop = top;
  for (let start = 0; start < sorted.length; start += columns) {
    const inRow = wrapped.slice(start, start + columns);
    inRow.forEach((lines, column) =>
      rows.push({
        point: sorted[start + column]!,
        x: LIST.left + column * (half + LIST.columnGap),
        y: rowTop + BASELINE,
        lines,
      }),
    );
    rowTop += Math.max(...inRow.map((lines) => lines.length)) * LIST.line + LIST.gap;
  }
  return { rows, numberWidth, bottom: rowTop };
}
