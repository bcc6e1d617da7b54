// Renders the app icon's one source, resources/icon.svg, to resources/icon.png (1024 × 1024),
// from which electron-builder makes every platform's icon (.icns for macOS, .ico for Windows,
// the sizes Linux wants). Run it after changing the SVG: `npx tsx scripts/icons.ts` (needs
// Chromium, found as the PDF export finds it). resources/icon.svg.sha256 records which SVG the
// PNG was made from: test/unit/icons.test.ts fails when the SVG changed without a new PNG.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium, INSTALL_CHROMIUM_HINT } from '../main/chromium';
import { CHROMIUM_FLAGS } from '../main/chromiumFlags';

const ICON_SIZE = 1024;

const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_CHROMIUM_HINT);
const svg = await readFile('resources/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
try {
  const page = await browser.newPage({ viewport: { width: ICON_SIZE, height: ICON_SIZE } });
  const sized = svg.replace(
    /width="\d+" height="\d+"/,
    `width="${ICON_SIZE}" height="${ICON_SIZE}"`,
  );
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
  );
  await writeFile(
    'resources/icon.png',
    await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: ICON_SIZE, height: ICON_SIZE },
    }),
  );
} finally {
  await browser.close();
}
await writeFile('resources/icon.svg.sha256', `${createHash('sha256').update(svg).digest('hex')}\n`);
