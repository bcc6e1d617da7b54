import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** Modules of white around the code: the quiet zone scanners need (the standard asks for 4). */
const QUIET_ZONE = 4;

/** The dark modules of the QR code of `text` as one SVG path, one unit per module. */
function qrPath(text: string): { size: number; path: string } {
  // Level M: still reads with 15% of the code hidden (a head in front of the projector).
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const count = code.getModuleCount();
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.isDark(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: count + 2 * QUIET_ZONE, path };
}

/**
 * A QR code as SVG (sharp at any size, on the projector and in the facilitator's panel),
 * drawn as React elements: the text is never put into the page as markup.
 */
export function QrCode({
  text,
  label,
  className,
}: {
  text: string;
  label: string;
  className?: string;
}) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      data-qr-text={text}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
