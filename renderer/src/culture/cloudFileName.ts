/** The longest file name we make, without extension: well under every file system's limit. */
const MAX_LENGTH = 120;

/** Lower-case letters and digits joined by hyphens, accents dropped: "MT-sessie É" → "mt-sessie-e". */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The name of a downloaded cloud, without extension: the session, the group (if one is shown)
 * and the side, e.g. "zorggroep-de-linde-mt-sessie-huidige-cultuur".
 */
export function cloudFileName(parts: {
  session: string;
  group?: string | null;
  side: string;
}): string {
  const name = [parts.session, parts.group ?? '', parts.side]
    .map(slug)
    .filter((part) => part !== '')
    .join('-');
  return name.slice(0, MAX_LENGTH).replace(/-+$/, '') || 'klantkompas';
}
