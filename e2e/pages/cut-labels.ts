import type { Page } from '@playwright/test';

/** A control whose words do not fit: what it is, its text, and how wide the words are against the box. */
export interface CutLabel {
  element: string;
  text: string;
  /** The width (or height, for a clamped box) its content needs, and the width (or height) it has. */
  needs: number;
  has: number;
}

/** Buttons, links, labels, tabs and menu items: the words a shopper reads to act. */
const CONTROLS =
  'button, a[href], label, summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="option"]';

/**
 * Every visible control on the page whose text is cut off or spills out of its box: the control
 * or an element inside it is narrower than its content (`scrollWidth > clientWidth + 1`) — hidden
 * by `overflow`/`text-overflow`, or drawn over its neighbours — or, clamped to a few lines, shorter
 * than its content; or the control's text, measured as laid out, is wider than the control.
 * Visually hidden text (the `sr-only` kind, 1 px wide and clipped) is for screen readers and
 * not counted.
 */
export async function cutLabels(page: Page): Promise<CutLabel[]> {
  return page.evaluate((selector) => {
    const clipped = (style: CSSStyleDeclaration) =>
      style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)';
    /** Hidden for the eye, kept for screen readers: clipped to nothing, itself or inside such a box. */
    const visuallyHidden = (el: Element) => {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return true;
      for (let at: Element | null = el; at; at = at.parentElement) if (clipped(getComputedStyle(at))) return true;
      return false;
    };
    /** Whether the words shown in `el` (not its visually hidden ones) reach past its box's sides. */
    const wordsSpill = (el: Element) => {
      const box = el.getBoundingClientRect();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || !node.parentElement || visuallyHidden(node.parentElement)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const words = range.getBoundingClientRect();
        if (words.left < box.left - 1 || words.right > box.right + 1) return words.width;
      }
      return 0;
    };
    /** Inside a box that scrolls or clips sideways (a row of chips, a wide table in its scroller). */
    const scrolledSideways = (el: Element) => {
      for (let at = el.parentElement; at && at !== document.body; at = at.parentElement)
        if (getComputedStyle(at).overflowX !== 'visible') return true;
      return false;
    };
    const nameOf = (el: Element) => {
      const role = el.getAttribute('role');
      return `${el.tagName.toLowerCase()}${role ? `[role=${role}]` : ''}${el.id ? `#${el.id}` : ''}`;
    };
    const cut: {
      element: string;
      text: string;
      needs: number;
      has: number;
    }[] = [];
    for (const control of document.querySelectorAll<HTMLElement>(selector)) {
      if (!control.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (visuallyHidden(control)) continue;
      const text = (control.innerText || control.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const report = (needs: number, has: number, where: Element) =>
        cut.push({
          element: where === control ? nameOf(control) : `${nameOf(control)} > ${nameOf(where)}`,
          text: text.slice(0, 80),
          needs: Math.round(needs),
          has: Math.round(has),
        });
      // Past the screen's edge (and not in a box that scrolls sideways): cut by the screen.
      const onScreen = control.getBoundingClientRect();
      if ((onScreen.left < -1 || onScreen.right > innerWidth + 1) && !scrolledSideways(control)) {
        report(onScreen.width, Math.min(onScreen.right, innerWidth) - Math.max(onScreen.left, 0), control);
        continue;
      }
      const boxes = [control, ...control.querySelectorAll<HTMLElement>('*')];
      const overflowing = boxes.find((el) => {
        if (el.clientWidth === 0 || visuallyHidden(el) || !el.checkVisibility()) return false;
        // Only boxes with words: a clipped picture (the stars' fill, filled to the average) is no label.
        if (el instanceof HTMLImageElement || el instanceof SVGElement || !el.textContent?.trim()) return false;
        const style = getComputedStyle(el);
        // A box that shows its overflow: its words spilling out (its scroll width also counts visually hidden text).
        if (style.overflowX === 'visible' && style.overflowY === 'visible') return false;
        if (el.scrollWidth > el.clientWidth + 1) return true;
        return style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1;
      });
      if (overflowing) {
        const wide = overflowing.scrollWidth > overflowing.clientWidth + 1;
        report(
          wide ? overflowing.scrollWidth : overflowing.scrollHeight,
          wide ? overflowing.clientWidth : overflowing.clientHeight,
          overflowing,
        );
        continue;
      }
      // Words that spill over the control's box (or an inline link's lines), as laid out.
      const spilling = boxes.find((el) => el.checkVisibility() && !visuallyHidden(el) && wordsSpill(el) > 0);
      if (spilling) report(wordsSpill(spilling), spilling.getBoundingClientRect().width, spilling);
    }
    return cut;
  }, CONTROLS);
}

/**
 * The elements that stick out past the viewport's right edge, innermost first (the ones whose
 * children all fit): where a sideways scroll comes from. Visually hidden boxes are left out.
 */
export async function widerThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    /** Inside a box that scrolls or clips sideways (a wide table in its scroller), sticking out moves nothing. */
    const contained = (el: Element) => {
      for (let at = el.parentElement; at && at !== document.body; at = at.parentElement)
        if (getComputedStyle(at).overflowX !== 'visible') return true;
      return false;
    };
    const sticksOut = (el: Element) =>
      el.getBoundingClientRect().right > width + 1 && el.checkVisibility() && !contained(el);
    return [...document.body.querySelectorAll('*')]
      .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
      .slice(0, 8)
      .map((el) => {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
        return `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 6).join('.')} "${text}" right=${Math.round(el.getBoundingClientRect().right)}`;
      });
  });
}
