/**
 * A part of the message catalogue: Dutch first, and English with exactly the same keys
 * (the compiler refuses a part where one language misses a key).
 */
export function defineMessages<K extends string>(
  nl: Record<K, string>,
  en: Record<NoInfer<K>, string>,
): { nl: Record<K, string>; en: Record<K, string> } {
  return { nl, en };
}
