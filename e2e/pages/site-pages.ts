import { expect, type Locator, type Page } from '@playwright/test';

/** Where each page lives and how it announces itself: its one h1 and "<title> · VisionX". */
export interface PageSpec {
  path: string;
  heading: string;
  title: string;
}

export const PAGES = {
  home: { path: '/', heading: 'Your Forever Phone', title: 'Your Forever Phone' },
  shop: { path: '/shop', heading: 'Shop', title: 'Shop' },
  support: { path: '/support', heading: 'Support', title: 'Support' },
  about: { path: '/about', heading: 'About VisionX', title: 'About' },
  contact: { path: '/contact', heading: 'Contact us', title: 'Contact' },
  signIn: { path: '/signin', heading: 'Sign in to VisionX', title: 'Sign in' },
  account: { path: '/account', heading: 'Your account', title: 'Account' },
  notFound: { path: '/no-such-page', heading: 'Page not found', title: 'Page not found' },
} as const satisfies Record<string, PageSpec>;

export const NAV_LINKS = ['Shop', 'Support', 'About', 'Contact'] as const;
export type NavLink = (typeof NAV_LINKS)[number];

/** Footer link → the policy page it opens and the first section heading on it. */
export const POLICIES = [
  { link: 'Shipping & returns', path: '/policies/shipping', firstSection: 'Where we ship' },
  { link: 'Warranty', path: '/policies/warranty', firstSection: 'What the warranty covers' },
  { link: 'Privacy', path: '/policies/privacy', firstSection: 'Who is responsible' },
  { link: 'Terms', path: '/policies/terms', firstSection: 'Using the shop' },
] as const;

/** The page shows `spec`: its address, exactly one h1 with that name, and its document title. */
export async function expectOnPage(page: Page, spec: PageSpec) {
  await expect(page).toHaveURL(spec.path);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveAccessibleName(spec.heading);
  await expect(h1).toHaveCount(1);
  await expect(page).toHaveTitle(`${spec.title} · VisionX`);
}

/** Header: logo, main navigation (behind "Menu" on small screens), search, account links. */
export class SiteHeader {
  constructor(readonly page: Page) {}
  banner = () => this.page.getByRole('banner');
  homeLink = () => this.banner().getByRole('link', { name: 'VisionX home' });
  nav = () => this.page.getByRole('navigation', { name: 'Main' });
  navLink = (name: NavLink) => this.nav().getByRole('link', { name, exact: true });
  menuButton = () => this.banner().getByRole('button', { name: 'Menu' });
  /** The search field is a combobox: it suggests products as you type. */
  searchBox = () => this.banner().getByRole('combobox', { name: 'Search products' });
  suggestions = () => this.banner().getByRole('listbox', { name: 'Suggestions' });
  suggestion = (name: string | RegExp) => this.suggestions().getByRole('option', { name });
  signInLink = () => this.banner().getByRole('link', { name: 'Sign in' });
  registerLink = () => this.banner().getByRole('link', { name: 'Create account' });

  async search(query: string) {
    await this.searchBox().fill(query);
    await this.searchBox().press('Enter');
  }
}

export class SiteFooter {
  constructor(readonly page: Page) {}
  policies = () => this.page.getByRole('navigation', { name: 'Policies' });
  policyLink = (name: string) => this.policies().getByRole('link', { name, exact: true });
}

/** The document is no wider than the viewport: nothing scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(overflow.scrollWidth, `page ${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.clientWidth);
}

/**
 * Scroll the page to its top or its end at once. The site scrolls smoothly (`scroll-behavior:
 * smooth`), so a plain `scrollTo` animates and a box measured right after is somewhere on the way.
 * Returns when the page is there.
 */
export async function scrollPage(page: Page, where: 'top' | 'end') {
  await expect
    .poll(() =>
      page.evaluate((w) => {
        const root = document.documentElement;
        const top = w === 'top' ? 0 : root.scrollHeight - root.clientHeight;
        window.scrollTo({ top, behavior: 'instant' });
        return Math.abs(window.scrollY - Math.max(0, top)) <= 1;
      }, where),
    )
    .toBe(true);
}

/** Computed focus indication of an element: a non-zero outline or a box shadow. */
export async function focusIndicator(target: Locator) {
  return target.evaluate((el) => {
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return { outline, boxShadow: style.boxShadow !== 'none' };
  });
}

/** Press Tab until `target` has focus; how many presses it took. Fails after `maxPresses`. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`${maxPresses} presses of Tab never reached ${target}`);
}

/** Whether `target` is what a pointer at its centre would hit: on screen, not clipped or covered. */
export async function isOnTop(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && el.contains(hit);
  });
}
