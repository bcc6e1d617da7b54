import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * Every file the docs and the code comments point at exists in this repository: markdown links
 * to relative paths, and mentions such as `docs/kano.md` or `shared/csv.ts` in prose and
 * comments. Nothing may point outside the repository (the method reference lives in docs/).
 */

const ROOT = resolve(import.meta.dirname, '..', '..');

/** A mention is a path from the repository root when it starts with one of these folders. */
const TOP_FOLDERS = [
  'shared',
  'main',
  'renderer',
  'test',
  'bench',
  'docs',
  'scripts',
  'resources',
  'bin',
  '.ci',
];
/** Folders the docs may name although a fresh clone has not made them yet. */
const GENERATED = ['test/artifacts', 'test-results', 'dist', 'release', 'node_modules'];
/** An extensionless mention may name a module the way an import does. */
const MODULE_EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.cjs'];
const CODE_EXTENSIONS = [...MODULE_EXTENSIONS, '.css', '.html'];
const SCANNED_FOLDERS = ['shared', 'main', 'renderer', 'test', 'bench', 'scripts', 'bin'];
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'artifacts', 'public']);

/** Texts that always point outside the repository. */
const OUTSIDE = [
  { pattern: /\.\.\/shared\b/, reason: 'points outside the repository (../shared)' },
  { pattern: /\bdomain\.md\b/, reason: 'cites domain.md, which is not in the repository' },
];

const ESCAPED_DOT = '\\.';
const FROM_ROOT = new RegExp(
  `(?<![\\w./@~-])(?:${TOP_FOLDERS.map((f) => f.replace('.', ESCAPED_DOT)).join('|')})/[\\w./-]*`,
  'g',
);
const FROM_HERE = /(?<![\w./@~-])\.\.?\/[\w./-]*/g;
const MARKDOWN_LINK = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

export interface Problem {
  file: string;
  line: number;
  reference: string;
  reason: string;
}

function exists(path: string): boolean {
  if (!path.startsWith(ROOT + sep) && path !== ROOT) return false;
  if (GENERATED.some((folder) => path.startsWith(join(ROOT, folder)))) return true;
  if (existsSync(path)) return true;
  return extname(path) === '' && MODULE_EXTENSIONS.some((ext) => existsSync(path + ext));
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * The problems in one piece of text (a markdown file, or one comment) found at `offset` of
 * `file`; `source` is the whole file, for line numbers.
 */
export function checkText(
  file: string,
  text: string,
  options: { markdown: boolean; source?: string; offset?: number },
): Problem[] {
  const problems: Problem[] = [];
  const source = options.source ?? text;
  const offset = options.offset ?? 0;
  const here = dirname(join(ROOT, file));
  const report = (index: number, reference: string, reason: string) =>
    problems.push({ file, line: lineAt(source, offset + index), reference, reason });
  const check = (index: number, reference: string, base: string) => {
    // A sentence may end right after a path; an anchor or query is not part of the file.
    const path = reference.replace(/[#?].*$/, '').replace(/[.-]+$/, '');
    if (path === '' || path === '.' || path === '..') return;
    if (!exists(resolve(base, path))) report(index, path, 'no such file in the repository');
  };

  for (const { pattern, reason } of OUTSIDE) {
    for (const match of text.matchAll(new RegExp(pattern, 'g'))) {
      report(match.index, match[0], reason);
    }
  }
  for (const match of text.matchAll(FROM_ROOT)) check(match.index, match[0], ROOT);
  for (const match of text.matchAll(FROM_HERE)) {
    if (!OUTSIDE.some(({ pattern }) => pattern.test(match[0]))) {
      check(match.index, match[0], here);
    }
  }
  if (options.markdown) {
    for (const match of text.matchAll(MARKDOWN_LINK)) {
      const target = match[1]!;
      // URLs (any scheme), in-page anchors and root-relative mentions (checked above) aside.
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
      if (target.startsWith('./') || target.startsWith('../')) continue;
      check(match.index, target, here);
    }
  }
  return problems;
}

/** The comments of a TypeScript or JavaScript file, with where they start. */
function scriptComments(file: string, text: string): { text: string; offset: number }[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const comments = new Map<number, string>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) comments.set(range.pos, text.slice(range.pos, range.end));
  };
  const visit = (node: ts.Node): void => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    if (!ts.isJsxText(node)) node.getChildren(source).forEach(visit);
  };
  visit(source);
  return [...comments].map(([offset, comment]) => ({ text: comment, offset }));
}

function markupComments(text: string, pattern: RegExp): { text: string; offset: number }[] {
  return [...text.matchAll(pattern)].map((match) => ({ text: match[0], offset: match.index }));
}

/** Import specifiers are code, not references: left out of the quick look below. */
const IMPORT_SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)(['"])[^'"\n]*\2/g;

/**
 * The problems in a code file's comments. Parsing is the slow part, so a file whose whole text
 * (imports aside) has no problem, and therefore no comment with one, is not parsed.
 */
function checkComments(file: string, text: string): Problem[] {
  const quick = checkText(file, text.replace(IMPORT_SPECIFIER, '$1""'), { markdown: false });
  if (quick.length === 0) return [];
  return commentsOf(file, text).flatMap((comment) =>
    checkText(file, comment.text, { markdown: false, source: text, offset: comment.offset }),
  );
}

function commentsOf(file: string, text: string): { text: string; offset: number }[] {
  if (file.endsWith('.css')) return markupComments(text, /\/\*[\s\S]*?\*\//g);
  if (file.endsWith('.html')) return markupComments(text, /<!--[\s\S]*?-->/g);
  return scriptComments(file, text);
}

function walk(folder: string, accept: (file: string) => boolean): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (!SKIPPED_FOLDERS.has(name)) found.push(...walk(path, accept));
    } else if (accept(path)) {
      found.push(path);
    }
  }
  return found;
}

function repoFiles(): { markdown: string[]; code: string[] } {
  const markdown = [join(ROOT, 'README.md'), ...walk(join(ROOT, 'docs'), (f) => f.endsWith('.md'))];
  const isCode = (f: string) => CODE_EXTENSIONS.includes(extname(f));
  const code = [
    ...SCANNED_FOLDERS.filter((f) => existsSync(join(ROOT, f))).flatMap((f) =>
      walk(join(ROOT, f), isCode),
    ),
    ...readdirSync(ROOT)
      .map((f) => join(ROOT, f))
      .filter((f) => statSync(f).isFile() && isCode(f)),
  ];
  return { markdown, code };
}

function format(problems: Problem[]): string[] {
  return problems.map((p) => `${p.file}:${p.line}: ${p.reference} (${p.reason})`);
}

describe('references to files', () => {
  it('finds missing files and paths outside the repository, and leaves URLs and examples alone', () => {
    const text = [
      'See docs/architecture.md, [the README](../README.md) and `shared/csv.ts`.',
      'Modules as imports name them: shared/groups, main/http/, renderer/src/<method>/.',
      'Not here: docs/nowhere.md, [gone](missing.md), shared/gone.ts and ../shared/domain.md.',
      'URLs are not files: https://example.org/docs/x.md, [site](https://example.org/main/a.ts).',
      'Built folders: test/artifacts/screens.png; data: sessions/<id>.json.',
    ].join('\n');
    const problems = checkText('docs/example.md', text, { markdown: true });
    expect(problems.map((p) => `${p.line} ${p.reference}`)).toEqual([
      '3 ../shared',
      '3 domain.md',
      '3 docs/nowhere.md',
      '3 shared/gone.ts',
      '3 missing.md',
    ]);
  });

  it('reads only the comments of code, not its strings', () => {
    const code = [
      "const a = 'shared/missing.ts'; // see main/gone.ts",
      '/** Made from docs/architecture.md and docs/nope.md. */',
      'const re = /\\/\\/ docs\\/fake.md/;',
      'const el = <p>shared/also-not-a-comment.ts {/* bench/none.ts */}</p>;',
    ].join('\n');
    const problems = checkComments('x.tsx', code);
    expect(problems.map((p) => `${p.line} ${p.reference}`)).toEqual([
      '1 main/gone.ts',
      '2 docs/nope.md',
      '4 bench/none.ts',
    ]);
  });

  it('every file named in README.md, docs/ and code comments exists', () => {
    const { markdown, code } = repoFiles();
    const problems = [
      ...markdown.map((path) => ({ path, text: readFileSync(path, 'utf8'), markdown: true })),
      ...code.map((path) => ({ path, text: readFileSync(path, 'utf8'), markdown: false })),
    ].flatMap(({ path, text, markdown: isMarkdown }) => {
      const file = relative(ROOT, path).split(sep).join('/');
      if (isMarkdown) return checkText(file, text, { markdown: true });
      return checkComments(file, text);
    });
    expect(markdown.length).toBeGreaterThan(1);
    expect(code.length).toBeGreaterThan(100);
    expect(format(problems)).toEqual([]);
  });
});
