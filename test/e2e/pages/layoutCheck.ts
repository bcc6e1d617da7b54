import type { Page } from '@playwright/test';

/**
 * What the screenshot suite measures in the page: text that does not fit its box, words broken
 * where they did not need to be, and text boxes that overlap a sibling. Returns one line per
 * problem, with a short path to the element, so that a failing test says where to look.
 *
 * - Overflow: an element with text of its own (or a form field, or a box that clips its
 *   content with `overflow: hidden`) whose content is wider or taller than its box. A
 *   deliberate scroll container (`overflow: auto|scroll`) is allowed to hold more than it shows.
 * - A word split over two lines although it would fit on a line of its own ("Hiërarchisc h").
 * - Two sibling boxes in the normal flow, at least one with text, drawn over each other.
 * - The page itself scrolling sideways.
 * - In a chart (SVG): a <text> that sticks out of its <svg>, two texts drawn over each other,
 *   or a text shortened with "…" (a chart writes names in full: wrapped, or numbered with a
 *   list beside it).
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const TOLERANCE = 1;

    const describe = (element: Element): string => {
      const parts: string[] = [];
      let node: Element | null = element;
      while (node && parts.length < 4 && node !== document.body) {
        const id = node.getAttribute('data-testid');
        const classes = [...node.classList].slice(0, 2).join('.');
        parts.unshift(
          `${node.tagName.toLowerCase()}${id ? `[${id}]` : ''}${classes ? `.${classes}` : ''}`,
        );
        node = node.parentElement;
      }
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${parts.join(' > ')} "${text}"`;
    };

    const isShown = (element: Element): boolean => {
      if (!(element instanceof HTMLElement)) return false;
      if (element.closest('.visually-hidden, [aria-hidden="true"], svg, option, script, style'))
        return false;
      const rect = element.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) return false;
      const style = getComputedStyle(element);
      return style.visibility === 'visible' && style.display !== 'none';
    };

    const ownText = (element: Element): boolean =>
      [...element.childNodes].some(
        (child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== '',
      );

    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    const clips = (value: string) => value === 'hidden' || value === 'clip';

    // The nearest box an inline element's text lays out in.
    const boxOf = (element: HTMLElement): HTMLElement => {
      let node: HTMLElement = element;
      while (getComputedStyle(node).display === 'inline' && node.parentElement)
        node = node.parentElement;
      return node;
    };

    const checked = new Set<HTMLElement>();
    const all = [...document.body.querySelectorAll('*')].filter(isShown) as HTMLElement[];

    // ---- overflow ----
    for (const element of all) {
      const style = getComputedStyle(element);
      const field = element.matches('input:not([type=checkbox]):not([type=radio]), textarea');
      const clipping =
        (clips(style.overflowX) || clips(style.overflowY)) &&
        (element.textContent ?? '').trim() !== '';
      if (!ownText(element) && !field && !clipping && !element.matches('select')) continue;
      const box = field || element.matches('select') ? element : boxOf(element);
      if (checked.has(box)) continue;
      checked.add(box);
      const boxStyle = getComputedStyle(box);
      if (box.matches('select')) {
        // A select's own width does not grow with its text: measure the chosen option.
        const select = box as HTMLSelectElement;
        const text = select.selectedOptions[0]?.textContent ?? '';
        const canvas = document.createElement('canvas').getContext('2d')!;
        canvas.font = boxStyle.font;
        const needed =
          canvas.measureText(text).width +
          parseFloat(boxStyle.paddingLeft) +
          parseFloat(boxStyle.paddingRight) +
          20; // the arrow
        if (needed > select.getBoundingClientRect().width + TOLERANCE)
          problems.push(`cut off (select): ${describe(select)}`);
        continue;
      }
      if (field) {
        if (box.scrollWidth > box.clientWidth + TOLERANCE && (box as HTMLInputElement).value)
          problems.push(`cut off (field): ${describe(box)} = "${(box as HTMLInputElement).value}"`);
        continue;
      }
      const wide = box.scrollWidth > box.clientWidth + TOLERANCE && !scrolls(boxStyle.overflowX);
      const tall = box.scrollHeight > box.clientHeight + TOLERANCE && !scrolls(boxStyle.overflowY);
      // A plain block may let its content out downwards (the page grows); only a box that
      // clips its content counts as cut off below.
      if (wide) problems.push(`overflows sideways: ${describe(box)}`);
      else if (tall && clips(boxStyle.overflowY)) problems.push(`cut off below: ${describe(box)}`);
    }

    // ---- words broken where they would fit ----
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !isShown(parent)) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[\p{L}\p{N}]{4,}/gu)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (rects.length < 2 || Math.abs(rects[0]!.top - rects.at(-1)!.top) < 2) continue;
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        const box = boxOf(parent);
        const boxStyle = getComputedStyle(box);
        const room =
          box.clientWidth - parseFloat(boxStyle.paddingLeft) - parseFloat(boxStyle.paddingRight);
        // `overflow-wrap: anywhere` and `word-break` let a table or grid squeeze a box below
        // its longest word, after which the break looks needed: an ordinary word (up to 30
        // letters) broken under those rules was broken to save space, not because it had to.
        const squeezable = boxStyle.overflowWrap === 'anywhere' || boxStyle.wordBreak !== 'normal';
        if (width <= room + TOLERANCE || (squeezable && match[0].length <= 30))
          problems.push(`word broken: "${match[0]}" in ${describe(box)}`);
      }
    }

    // ---- siblings drawn over each other ----
    // Boxes only: an inline element that wraps has a bounding box over its neighbours' lines.
    const inFlow = (element: HTMLElement) => {
      const { position, display } = getComputedStyle(element);
      return (position === 'static' || position === 'relative') && display !== 'inline';
    };
    const parents = new Set(all.map((element) => element.parentElement));
    for (const parent of parents) {
      if (!parent) continue;
      const children = ([...parent.children] as HTMLElement[]).filter(
        (child) => isShown(child) && inFlow(child),
      );
      if (children.length < 2 || children.length > 60) continue;
      const rects = children.map((child) => child.getBoundingClientRect());
      for (let i = 0; i < children.length; i += 1) {
        for (let j = i + 1; j < children.length; j += 1) {
          const a = rects[i]!;
          const b = rects[j]!;
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (overlapX <= 2 || overlapY <= 2) continue;
          const withText = [children[i]!, children[j]!].some(
            (child) => (child.textContent ?? '').trim() !== '',
          );
          if (withText)
            problems.push(`overlap: ${describe(children[i]!)} and ${describe(children[j]!)}`);
        }
      }
    }

    // ---- chart texts (SVG) ----
    // A text's box runs from the font's ascent to its descent, far beyond most letters, and a
    // word cloud packs words by their letters (a short word under a long one's descenders).
    // Two texts are drawn over each other when their letters' bodies meet: the band of the box
    // from under the ascenders to above the descenders, here 30% from the top, 20% from the bottom.
    const body = (rect: DOMRect) => ({
      left: rect.left,
      right: rect.right,
      top: rect.top + 0.3 * rect.height,
      bottom: rect.bottom - 0.2 * rect.height,
    });
    for (const svg of document.body.querySelectorAll('svg')) {
      if (svg.closest('[aria-hidden="true"], .visually-hidden')) continue;
      const frame = svg.getBoundingClientRect();
      if (frame.width < 2 || frame.height < 2 || getComputedStyle(svg).visibility !== 'visible')
        continue;
      const texts = [...svg.querySelectorAll('text')].filter(
        (text) =>
          (text.textContent ?? '').trim() !== '' &&
          getComputedStyle(text).display !== 'none' &&
          !text.closest('[visibility="hidden"], [display="none"]'),
      );
      const rects = texts.map((text) => text.getBoundingClientRect());
      texts.forEach((text, i) => {
        const rect = rects[i]!;
        const out =
          rect.left < frame.left - TOLERANCE ||
          rect.right > frame.right + TOLERANCE ||
          rect.top < frame.top - TOLERANCE ||
          rect.bottom > frame.bottom + TOLERANCE;
        if (out) problems.push(`chart text outside its chart: ${describe(text)}`);
        if ((text.textContent ?? '').trim().endsWith('…'))
          problems.push(`chart text shortened with "…": ${describe(text)}`);
      });
      for (let i = 0; i < texts.length; i += 1) {
        for (let j = i + 1; j < texts.length; j += 1) {
          const a = body(rects[i]!);
          const b = body(rects[j]!);
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (overlapX > 2 && overlapY > 1)
            problems.push(`chart texts overlap: ${describe(texts[i]!)} and ${describe(texts[j]!)}`);
        }
      }
    }

    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + TOLERANCE) {
      // Name the innermost boxes that stick out, where the fix belongs.
      // (Content of a box that scrolls or clips does not widen the page.)
      const contained = (element: Element) => {
        for (let node = element.parentElement; node && node !== root; node = node.parentElement)
          if (getComputedStyle(node).overflowX !== 'visible') return true;
        return false;
      };
      const out = (element: Element) =>
        element.getBoundingClientRect().right > root.clientWidth + TOLERANCE && !contained(element);
      const culprits = all
        .filter((element) => out(element) && ![...element.children].some(out))
        .slice(0, 3)
        .map(describe);
      problems.push(
        `the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth}): ${culprits.join('; ')}`,
      );
    }
    return [...new Set(problems)];
  });
}
