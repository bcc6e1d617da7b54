// What makes the phone page's build (vite.config.ts, `vite build --mode phone`) small: a phone
// on weak Wi-Fi must be able to answer within two seconds of scanning the QR code, so its one
// bundle carries no zod and only the texts the phone shows.
import { join, resolve } from 'node:path';
import { parseAst, type Plugin } from 'vite';
import { catalogue } from '../shared/i18n/catalogue';

const ROOT = resolve(import.meta.dirname, '..');
const CATALOGUE_MODULE = join(ROOT, 'shared', 'i18n', 'catalogue.ts');
const PHONE_CATALOGUE_ID = '\0klantkompas-phone-catalogue';
/** Stands for the phone's texts until the bundle is rendered and shows which ones it names. */
const PLACEHOLDER = '__KLANTKOMPAS_PHONE_TEXTS__';

/** The name a call chain starts from: `z` in `z.string().max(5)`, `idSchema` in `idSchema.nullable()`. */
function chainRoot(node: AstNode): string | null {
  let at: AstNode | undefined = node;
  while (at) {
    if (at.type === 'Identifier') return at.name as string;
    at =
      at.type === 'CallExpression'
        ? (at.callee as AstNode)
        : at.type === 'MemberExpression'
          ? (at.object as AstNode)
          : undefined;
  }
  return null;
}

type AstNode = { type: string; start: number; [key: string]: unknown };

/** Every node below `node`, depth first. */
function* nodesIn(node: unknown): Generator<AstNode> {
  if (Array.isArray(node)) {
    for (const item of node) yield* nodesIn(item);
  } else if (node && typeof node === 'object' && typeof (node as AstNode).type === 'string') {
    yield node as AstNode;
    for (const value of Object.values(node))
      if (value && typeof value === 'object') yield* nodesIn(value);
  }
}

/** A call that builds a zod schema: from `z`, or from a schema (shared/ names them all …Schema). */
const isSchemaBuilder = (name: string | null) =>
  name === 'z' || (name?.endsWith('Schema') ?? false);

/**
 * Marks the calls that build zod schemas in shared/ as pure (`/* @__PURE__ *\/`), for the phone
 * build only. The phone imports limits, ids and texts from the shared models but validates
 * nothing with their schemas (the listener does); building a schema touches nothing but the
 * schema, so the unused ones, and with them zod, are left out of its bundle. phoneBundleGuard
 * checks the result.
 */
export function pureSchemas(): Plugin {
  const shared = join(ROOT, 'shared') + '/';
  return {
    name: 'klantkompas-pure-schemas',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(shared) || !id.endsWith('.ts')) return null;
      const starts = new Set<number>();
      for (const node of nodesIn(parseAst(code, { lang: 'ts' }, id))) {
        if (node.type === 'CallExpression' && isSchemaBuilder(chainRoot(node)))
          starts.add(node.start);
      }
      let marked = code;
      for (const start of [...starts].sort((x, y) => y - x)) {
        marked = `${marked.slice(0, start)}/* @__PURE__ */ ${marked.slice(start)}`;
      }
      return { code: marked, map: null };
    },
  };
}

/**
 * A quoted text that may be a message key or the start of one: `'live.phone.join'`,
 * `` `kano.answer.${answer}` `` (then "kano.answer." names every key under it).
 */
const KEY_LIKE = /["'`]([A-Za-z]\w*(?:\.\w+)*\.?)(?=["'`]|\$\{)/g;

/** The catalogue's keys that the code names whole, or by a prefix ending in a dot. */
export function keysNamedIn(code: string, keys: readonly string[]): Set<string> {
  const named = new Set<string>();
  const prefixes: string[] = [];
  const known = new Set(keys);
  for (const [, text] of code.matchAll(KEY_LIKE)) {
    if (known.has(text!)) named.add(text!);
    else if (text!.endsWith('.')) prefixes.push(text!);
  }
  for (const key of keys) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) named.add(key);
  }
  return named;
}

/**
 * The phone's message catalogue: shared/i18n/catalogue.ts replaced by the texts the phone's
 * code names (a key in quotes, or a key's start in a template), in both languages, found in the
 * rendered bundle. `translate` stays the one function of shared/i18n; the app keeps the whole
 * catalogue. A key the phone builds in another way would show as the key itself: none does
 * (shared/excellence/blocks.ts and the forms build theirs from a quoted start).
 */
export function phoneCatalogue(): Plugin {
  const keys = Object.keys(catalogue.nl) as (keyof typeof catalogue.nl)[];
  return {
    name: 'klantkompas-phone-catalogue',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/(^|\/)catalogue$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === CATALOGUE_MODULE ? PHONE_CATALOGUE_ID : null;
    },
    load(id) {
      // JSON.parse of a string: nothing for the bundler to fold into the places that use it.
      if (id === PHONE_CATALOGUE_ID)
        return `export const catalogue = JSON.parse("${PLACEHOLDER}");`;
      return null;
    },
    renderChunk(code) {
      const at = code.indexOf(`"${PLACEHOLDER}"`);
      if (at < 0) return null;
      const named = keysNamedIn(code, keys);
      const pick = (texts: Record<string, string>) =>
        Object.fromEntries(keys.filter((key) => named.has(key)).map((key) => [key, texts[key]]));
      const texts = JSON.stringify({ nl: pick(catalogue.nl), en: pick(catalogue.en) });
      return {
        code: code.slice(0, at) + JSON.stringify(texts) + code.slice(at + PLACEHOLDER.length + 2),
        map: null,
      };
    },
  };
}

/**
 * Fails the phone build when a package it must not carry is in its bundle, naming who brought
 * it in: zod (the phone validates nothing; a schema the tree-shaking could not leave out pulls
 * it back in), React where Preact stands in for it.
 */
export function phoneBundleGuard(forbidden: readonly string[]): Plugin {
  return {
    name: 'klantkompas-phone-bundle-guard',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const found = forbidden.find((name) => id.includes(`/node_modules/${name}/`));
          if (!found) continue;
          const importers = new Set<string>();
          for (const other of chunk.moduleIds) {
            const info = this.getModuleInfo(other);
            if (other.includes('/node_modules/') || !info) continue;
            if (info.importedIds.some((imported) => imported.includes(`/node_modules/${found}/`))) {
              importers.add(other.replace(ROOT + '/', ''));
            }
          }
          this.error(
            `${found} is in the phone bundle, through ${[...importers].join(', ') || 'its dependencies'}: ` +
              'the phone page must not carry it (see scripts/phoneBuild.ts).',
          );
        }
      }
    },
  };
}
