import { useState, type PointerEvent, type Ref } from 'react';
import type { CloudLayout, CloudOptions } from './cloudLayout';
import { hashText } from './seededRandom';
import { chartReadyProps } from '../../../shared/contracts/printRoute';
import type { Translate } from '../i18n';
import './culture.css';

export type CloudTheme = 'current' | 'desired';

/** Each cloud has its own colours: warm for the culture now, cool for the culture wanted. */
const PALETTES: Record<CloudTheme, string[]> = {
  current: ['#8a4b08', '#a8590a', '#6e3b06', '#b86e1e', '#5c4326', '#93441a'],
  desired: ['#0b6e6e', '#11806a', '#095a66', '#28705a', '#1d6288', '#0f7a86'],
};
/** The colour of a cloud's title in a downloaded picture: its darkest own colour. */
export function cloudTitleColor(theme: CloudTheme): string {
  return PALETTES[theme][0] ?? '#222222';
}
export const CLOUD_FONT = "'Segoe UI', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";
const FONT_WEIGHT = 600;

interface WordCloudProps {
  /** The layout, from useCloudLayouts: both clouds of a pair are laid out at one scale. */
  layout: CloudLayout;
  /** Whether the layout is the one of the current words (a large cloud is laid out later). */
  ready: boolean;
  theme: CloudTheme;
  /** Accessible name of the picture, e.g. "Huidige cultuur". */
  label: string;
  /**
   * The page's translator, for a word's hover text ("open: 3") and the note under the cloud when
   * words did not fit: the report's language can differ from the app's.
   */
  t: Translate;
  /** Drag a word onto another to merge them; without it words cannot be dragged. */
  onMerge?(fromKey: string, intoKey: string): void;
  /** The svg element, for downloads. */
  ref?: Ref<SVGSVGElement>;
}

/**
 * The picture of a cloud in the Culture tab and the report, in its own units (the viewBox): about
 * the size a card shows it at on a 1920×1080 screen (some 710 pixels wide), so a size in the
 * picture is at least that size in pixels there.
 */
export const CLOUD_SIZE = { width: 680, height: 425 };

/** Layout options for clouds drawn by WordCloud, at the given picture size. */
export function cloudOptions(
  size: { width: number; height: number } = CLOUD_SIZE,
  minDrawnSize?: number,
): CloudOptions {
  return { ...size, fontFamily: CLOUD_FONT, fontWeight: FONT_WEIGHT, minDrawnSize };
}

function keyUnder(event: PointerEvent): string | null {
  const element = document.elementFromPoint(event.clientX, event.clientY);
  return element?.closest('[data-key]')?.getAttribute('data-key') ?? null;
}

/**
 * A word cloud as SVG, laid out by d3-cloud with a layout seeded from the words themselves, so
 * the same data always gives the same picture (on screen and in the report). The svg carries
 * the chart-ready attribute (shared/contracts/printRoute.ts) once the layout is drawn, for the
 * PDF printer and the tests to wait on (a large cloud is laid out in slices after it is first
 * drawn, see useCloudLayouts). The app uses system fonts only, so the text can be measured
 * right away.
 */
export function WordCloud({ ref, ...props }: WordCloudProps) {
  const { layout, ready, theme, label, t, onMerge } = props;
  const { width, height } = layout;
  const [dragKey, setDragKey] = useState<string | null>(null);
  const [dropKey, setDropKey] = useState<string | null>(null);
  const palette = PALETTES[theme];
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
        data-zoom={layout.scale.zoom}
        data-view={`${layout.view.zoom} ${layout.view.x} ${layout.view.y}`}
        onPointerMove={dragKey ? (event) => setDropKey(keyUnder(event)) : undefined}
        onPointerUp={dragKey ? endDrag : undefined}
        onPointerLeave={dragKey ? () => setDragKey(null) : undefined}
      >
        <rect width={width} height={height} fill="#ffffff" />
        <g>
          {layout.placed.map((w) => (
            <g
              key={w.key}
              data-key={w.key}
              data-count={w.count}
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
              <title>{t('culture.cloud.count', { word: w.word, count: w.count })}</title>
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
      {layout.notShown > 0 && (
        <figcaption>{t('culture.cloud.notShown', { count: layout.notShown })}</figcaption>
      )}
    </figure>
  );
}
