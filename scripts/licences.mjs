// Writes dist/licences.txt: the licence notices of every package the app ships (the
// production dependencies in package-lock.json, which the bundles are made of), shown from the
// desktop app's About box. Run by `npm run build`.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const own = JSON.parse(readFileSync('package.json', 'utf8'));
const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.|$)/i;

const shipped = Object.entries(lock.packages)
  .filter(([path, info]) => path.startsWith('node_modules/') && !info.dev && !info.optional)
  .map(([path, info]) => ({ path, name: path.slice(path.lastIndexOf('node_modules/') + 13), info }))
  .filter(({ path }) => existsSync(path))
  .sort((a, b) => a.name.localeCompare(b.name));

const parts = [
  `${own.productName} ${own.version} (the app and its command line) is built with the following packages. Their licences follow.`,
];
for (const { path, name, info } of shipped) {
  const files = readdirSync(path).filter((file) => LICENCE_FILE.test(file));
  const texts = files.map((file) => readFileSync(join(path, file), 'utf8').trim());
  parts.push(
    [
      `${'='.repeat(72)}\n${name} ${info.version ?? ''} — ${info.license ?? 'licence not stated'}`,
      ...(texts.length > 0 ? texts : ['(No licence file in the package; see its licence field.)']),
    ].join('\n\n'),
  );
}
mkdirSync('dist', { recursive: true });
writeFileSync('dist/licences.txt', `${parts.join('\n\n')}\n`);
