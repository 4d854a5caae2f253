import type { Locator, Page } from '@playwright/test';
import { scrollPage } from './site-pages.js';

const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';

/**
 * The visible buttons, links and fields that `target` (the chat launcher) covers: their boxes
 * meet and, where they meet, the target is painted above them. Checked scrolled to the top and to
 * the end of the page: a fixed button that covers nothing there sits in a gutter of its own.
 */
export async function interactiveUnder(page: Page, target: Locator): Promise<string[]> {
  const found: string[] = [];
  for (const where of ['top', 'end'] as const) {
    await scrollPage(page, where);
    const hits = await target.evaluate((self, selector) => {
      const b = self.getBoundingClientRect();
      const covers = (el: HTMLElement) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        const [left, right] = [Math.max(r.left, b.left), Math.min(r.right, b.right)];
        const [top, bottom] = [Math.max(r.top, b.top), Math.min(r.bottom, b.bottom)];
        if (left >= right || top >= bottom) return false;
        // Where both are, which one is on top: the target covering the element, or the other way round.
        const stack = document.elementsFromPoint((left + right) / 2, (top + bottom) / 2);
        const mine = stack.findIndex((e) => self.contains(e));
        const theirs = stack.findIndex((e) => el.contains(e) || e.contains(el));
        return mine !== -1 && (theirs === -1 || mine < theirs);
      };
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el !== self && !self.contains(el) && !el.contains(self))
        .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        .filter(covers)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        );
    }, INTERACTIVE);
    found.push(...hits.map((h) => `${h} (scrolled to the ${where})`));
  }
  return found;
}
