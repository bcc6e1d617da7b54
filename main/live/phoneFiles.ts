import { readFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The phone page's HTML, built by Vite beside the app's index.html. */
export const PHONE_PAGE_FILE = 'phone.html';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg']);
/** Files that load other files: read for their references. */
const SCANNED = new Set(['.html', '.js', '.css']);
/** A quoted or url()-wrapped name of a file we serve, as Vite writes them in HTML, JS and CSS. */
const REFERENCE =
  /["'(`]((?:\.{0,2}\/)?[A-Za-z0-9_][A-Za-z0-9_./-]*\.(?:js|css|svg|png|webp|ico|woff2?))(?=["')`?#])/g;

export interface PhoneFile {
  type: string;
  body: Buffer;
  /** The same bytes gzipped, for phones that accept it (all do): less to carry over Wi-Fi. */
  gzip: Buffer | null;
}

export interface PhoneFiles {
  /** phone.html, or null when the app was not built with it. */
  page: PhoneFile | null;
  /** A file the phone page needs, by URL path ("/assets/phone-x.js"); nothing else. */
  file(path: string): PhoneFile | undefined;
}

/**
 * The phone page and exactly the files it loads: phone.html's references, and theirs in turn
 * (JS chunks, CSS, fonts), found by reading them once when the listener starts. The
 * facilitator's index.html and every file only the facilitator's app uses stay unreachable.
 */
export async function loadPhoneFiles(rendererDir: string): Promise<PhoneFiles> {
  const root = resolve(rendererDir);
  const files = new Map<string, PhoneFile>();
  const page = await readPhoneFile(join(root, PHONE_PAGE_FILE));
  if (page) {
    const queue: { file: string; text: string }[] = [
      { file: join(root, PHONE_PAGE_FILE), text: page.body.toString('utf8') },
    ];
    while (queue.length > 0) {
      const { file, text } = queue.shift()!;
      for (const match of text.matchAll(REFERENCE)) {
        const target = resolveReference(root, file, match[1]!);
        if (!target || extname(target) === '.html') continue;
        const path = '/' + relative(root, target).split(sep).join('/');
        if (files.has(path)) continue;
        const found = await readPhoneFile(target);
        if (!found) continue;
        files.set(path, found);
        if (SCANNED.has(extname(target)))
          queue.push({ file: target, text: found.body.toString('utf8') });
      }
    }
  }
  return { page, file: (path) => files.get(path) };
}

/**
 * Where a reference points: a name starting with a slash, or with "assets/" (Vite's preload
 * list), from the root; a relative one from the referring file's folder; null when it would
 * leave the renderer folder.
 */
function resolveReference(root: string, from: string, reference: string): string | null {
  const target = reference.startsWith('/')
    ? join(root, reference)
    : reference.startsWith('assets/')
      ? join(root, reference)
      : resolve(dirname(from), reference);
  return target.startsWith(root + sep) ? target : null;
}

async function readPhoneFile(file: string): Promise<PhoneFile | null> {
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return null;
  }
  const extension = extname(file);
  return {
    type: CONTENT_TYPES[extension] ?? 'application/octet-stream',
    body,
    gzip: COMPRESSIBLE.has(extension) ? gzipSync(body) : null,
  };
}
