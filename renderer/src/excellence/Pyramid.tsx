import { PYRAMID_LEVELS, pyramidNameKey } from '../../../shared/excellence/blocks';
import { useT } from '../i18n';

const WIDTH = 520;
/** A flat top rather than a point, so the top level has room for its name. */
const TOP = 160;
const LEVEL_HEIGHT = 70;
const SHADES = ['#0b6e6e', '#2a8585', '#4f9f9f', '#7dbaba'];

/** The service excellence pyramid, base (core promise) at the bottom, surprise at the top. */
export function Pyramid() {
  const t = useT();
  const height = LEVEL_HEIGHT * PYRAMID_LEVELS.length;
  // x of the pyramid's left edge at height y (0 = base).
  const left = (y: number) => ((WIDTH - TOP) / 2) * (y / height);
  return (
    <svg
      className="pyramid"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t('excellence.pyramid.title')}
    >
      {PYRAMID_LEVELS.map(({ level, key }, index) => {
        const bottom = index * LEVEL_HEIGHT;
        const top = bottom + LEVEL_HEIGHT;
        const points = [
          [left(bottom), height - bottom],
          [WIDTH - left(bottom), height - bottom],
          [WIDTH - left(top), height - top],
          [left(top), height - top],
        ];
        return (
          <g key={key}>
            <polygon
              points={points.map((p) => p.join(',')).join(' ')}
              fill={SHADES[index]}
              stroke="#fff"
              strokeWidth={3}
            />
            <text
              x={WIDTH / 2}
              y={height - bottom - LEVEL_HEIGHT / 2 + 6}
              textAnchor="middle"
              fill="#fff"
              fontSize={17}
              fontWeight={600}
            >
              {level}. {t(pyramidNameKey(key))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
