import { useState, type PointerEvent, type Ref } from 'react';
import type { CloudLayout, CloudWord } from './cloudLayout';
import { hashText } from './seededRandom';
import { useCloudLayout } from './useCloudLayout';
import { chartReadyProps } from '../../../shared/contracts/printRoute';
import './culture.css';

export type CloudTheme = 'current' | 'desired';

/** Each cloud has its own colours: warm for the culture now, cool for the culture wanted. */
const PALETTES: Record<CloudTheme, string[]> = {
  current: ['#8a4b08', '#a8590a', '#6e3b06', '#b86e1e', '#5c4326', '#93441a'],
  desired: ['#0b6e6e', '#11806a', '#095a66', '#28705a', '#1d6288', '#0f7a86'],
};
export const CLOUD_FONT = "'Segoe UI', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";
const FONT_WEIGHT = 600;

interface WordCloudProps {
  words: readonly CloudWord[];
  theme: CloudTheme;
  /** Accessible name of the picture, e.g. "Huidige cultuur". */
  label: string;
  /** Hover text of a word, e.g. "open: 3". */
  describe(word: CloudWord): string;
  /** The note under the cloud when words did not fit, e.g. "2 woorden niet getoond". */
  notShownText(count: number): string;
  width?: number;
  height?: number;
  /** Drag a word onto another to merge them; without it words cannot be dragged. */
  onMerge?(fromKey: string, intoKey: string): void;
  /** The svg element, for downloads. */
  ref?: Ref<SVGSVGElement>;
}

function keyUnder(event: PointerEvent): string | null {
  const element = document.elementFromPoint(event.clientX, event.clientY);
  return element?.closest('[data-key]')?.getAttribute('data-key') ?? null;
}

/** Room left around the words when a small cloud is enlarged to fill the picture. */
const MARGIN = 0.06;
const MAX_ZOOM = 2.5;

/**
 * Centres the placed words and enlarges a cloud of few words so it fills the picture (up to
 * MAX_ZOOM): d3-cloud packs words around the middle and leaves the rest of the area empty.
 */
function fitTransform(layout: CloudLayout, width: number, height: number): string {
  const { x0, y0, x1, y1 } = layout.bounds;
  const boxWidth = Math.max(x1 - x0, 1);
  const boxHeight = Math.max(y1 - y0, 1);
  const scale = Math.min(
    ((1 - 2 * MARGIN) * width) / boxWidth,
    ((1 - 2 * MARGIN) * height) / boxHeight,
    MAX_ZOOM,
  );
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return `translate(${width / 2},${height / 2}) scale(${round(scale)}) translate(${round(-(x0 + x1) / 2)},${round(-(y0 + y1) / 2)})`;
}

/**
 * A word cloud as SVG, laid out by d3-cloud with a layout seeded from the words themselves, so
 * the same data always gives the same picture (on screen and in the report). The svg carries
 * the chart-ready attribute (shared/contracts/printRoute.ts) once the layout is drawn, for the
 * PDF printer and the tests to wait on (a large cloud is laid out in slices after it is first
 * drawn, see useCloudLayout). The app uses system fonts only, so the text can be measured
 * right away.
 */
export function WordCloud({ ref, ...props }: WordCloudProps) {
  const { words, theme, label, describe, notShownText, width = 800, height = 500, onMerge } = props;
  const [dragKey, setDragKey] = useState<string | null>(null);
  const [dropKey, setDropKey] = useState<string | null>(null);
  // Lay out again only when what is drawn changes, not on every render with equal data.
  const signature = JSON.stringify(words.map((w) => [w.key, w.word, w.count]));
  const { layout, ready } = useCloudLayout(signature, {
    width,
    height,
    fontFamily: CLOUD_FONT,
    fontWeight: FONT_WEIGHT,
  });

  const palette = PALETTES[theme];
  const zoom = fitTransform(layout, width, height);
  const wordClass = (key: string) => {
    if (key === dragKey) return 'dragging';
    return dragKey && key === dropKey ? 'drop-target' : undefined;
  };
  const endDrag = (event: PointerEvent) => {
    const target = keyUnder(event);
    if (dragKey && target && target !== dragKey) onMerge?.(dragKey, target);
    setDragKey(null);
    setDropKey(null);
  };

  return (
    <figure className="word-cloud-figure">
      <svg
        ref={ref}
        className={`word-cloud word-cloud-${theme}`}
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        {...chartReadyProps(ready)}
        data-words-shown={layout.placed.length}
        onPointerMove={dragKey ? (event) => setDropKey(keyUnder(event)) : undefined}
        onPointerUp={dragKey ? endDrag : undefined}
        onPointerLeave={dragKey ? () => setDragKey(null) : undefined}
      >
        <rect width={width} height={height} fill="#ffffff" />
        <g transform={zoom}>
          {layout.placed.map((w) => (
            <g
              key={w.key}
              data-key={w.key}
              className={wordClass(w.key)}
              style={onMerge ? { cursor: 'grab' } : undefined}
              onPointerDown={
                onMerge
                  ? (event) => {
                      event.preventDefault();
                      setDragKey(w.key);
                    }
                  : undefined
              }
            >
              {/* The hover text; a sibling of the text, so the text holds only the word. */}
              <title>{describe(w)}</title>
              <text
                textAnchor="middle"
                x={w.x}
                y={w.y}
                fontSize={w.size}
                fontFamily={CLOUD_FONT}
                fontWeight={FONT_WEIGHT}
                fill={palette[hashText(w.key) % palette.length]}
              >
                {w.text}
              </text>
            </g>
          ))}
        </g>
      </svg>
      {layout.notShown > 0 && <figcaption>{notShownText(layout.notShown)}</figcaption>}
    </figure>
  );
}
