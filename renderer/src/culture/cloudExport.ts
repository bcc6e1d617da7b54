import { downloadFile } from '../components/download';

const PNG_SCALE = 2;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Height of the band above the cloud that carries its title and the number of participants. */
const HEADER = 84;
const INSET = 24;

/** What a downloaded picture says above the cloud, so it still tells its story on a slide. */
export interface CloudCaption {
  /** E.g. "Huidige cultuur". */
  title: string;
  /** E.g. "Zorggroep De Linde MT-sessie · 12 deelnemers". */
  subtitle: string;
  /** The title's colour (the cloud's own). */
  color: string;
}

function textElement(content: string, attributes: Record<string, string | number>): SVGTextElement {
  const text = document.createElementNS(SVG_NS, 'text');
  for (const [name, value] of Object.entries(attributes)) text.setAttribute(name, String(value));
  text.textContent = content;
  return text;
}

/** A stand-alone copy of the cloud with the caption above it, without the app's classes. */
function captionedSvg(svg: SVGSVGElement, caption: CloudCaption, fontFamily: string): string {
  const { width, height } = svg.viewBox.baseVal;
  const cloud = svg.cloneNode(true) as SVGSVGElement;
  const picture = document.createElementNS(SVG_NS, 'svg');
  picture.setAttribute('xmlns', SVG_NS);
  picture.setAttribute('viewBox', `0 0 ${width} ${height + HEADER}`);
  picture.setAttribute('width', String(width));
  picture.setAttribute('height', String(height + HEADER));
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height + HEADER));
  background.setAttribute('fill', '#ffffff');
  const font = { 'font-family': fontFamily, x: INSET };
  picture.append(
    background,
    textElement(caption.title, {
      ...font,
      y: 42,
      'font-size': 32,
      'font-weight': 700,
      fill: caption.color,
    }),
    textElement(caption.subtitle, { ...font, y: 72, 'font-size': 20, fill: '#444444' }),
  );
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0,${HEADER})`);
  body.append(...Array.from(cloud.childNodes));
  picture.append(body);
  picture.querySelectorAll('[class]').forEach((element) => element.removeAttribute('class'));
  picture.querySelectorAll('[style]').forEach((element) => element.removeAttribute('style'));
  return new XMLSerializer().serializeToString(picture);
}

export function downloadSvg(
  svg: SVGSVGElement,
  fileName: string,
  caption: CloudCaption,
  fontFamily: string,
): void {
  downloadFile(`${fileName}.svg`, captionedSvg(svg, caption, fontFamily), 'image/svg+xml');
}

/** Draws the SVG on a canvas at twice its size, so the picture stays sharp on a slide. */
export async function downloadPng(
  svg: SVGSVGElement,
  fileName: string,
  caption: CloudCaption,
  fontFamily: string,
): Promise<void> {
  const { width, height } = svg.viewBox.baseVal;
  const markup = captionedSvg(svg, caption, fontFamily);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = (height + HEADER) * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw the PNG on.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The PNG could not be made.');
    downloadFile(`${fileName}.png`, blob, 'image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}
