import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder (the one with our package.json), found by walking up from this module:
 * the same answer whether it runs from main/ through tsx or bundled into dist/node/.
 */
export const APP_ROOT = (() => {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(folder, 'package.json');
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'klantkompas'
    ) {
      return folder;
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error('Cannot find the Klantkompas folder.');
    folder = parent;
  }
})();

export const RENDERER_DIR = join(APP_ROOT, 'dist', 'renderer');

export function appVersion(): string {
  return (JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
}
