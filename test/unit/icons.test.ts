import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RESOURCES = join(import.meta.dirname, '..', '..', 'resources');

describe('the app icon (electron-builder makes every platform icon from resources/icon.png)', () => {
  it('was rendered from the current resources/icon.svg (npx tsx scripts/icons.ts)', () => {
    const svg = readFileSync(join(RESOURCES, 'icon.svg'));
    const recorded = readFileSync(join(RESOURCES, 'icon.svg.sha256'), 'utf8').trim();
    expect(createHash('sha256').update(svg).digest('hex')).toBe(recorded);
  });

  it('is a PNG of 1024 × 1024 pixels, large enough for macOS and Windows', () => {
    const png = readFileSync(join(RESOURCES, 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });
});
