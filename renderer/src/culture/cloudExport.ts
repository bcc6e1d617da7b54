import { downloadFile } from '../components/download';

const PNG_SCALE = 2;

function svgMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = svg.viewBox.baseVal;
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('class');
  copy.querySelectorAll('[class]').forEach((element) => element.removeAttribute('class'));
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  downloadFile(`${fileName}.svg`, svgMarkup(svg), 'image/svg+xml');
}

/** Draws the SVG on a canvas at twice its size, so the picture stays sharp on a slide. */
export async function downloadPng(svg: SVGSVGElement, fileName: string): Promise<void> {
  const { width, height } = svg.viewBox.baseVal;
  const url = URL.createObjectURL(new Blob([svgMarkup(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
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
