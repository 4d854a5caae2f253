import type { BrowserContext, Locator, Page } from '@playwright/test';
import { en } from '../client/src/i18n/en.js';
import { expect, newShopper, test } from './fixtures.js';
import { literal } from './pages/exact-text.js';
import { ShopperSocket } from './place-order.js';

/**
 * Cumulative layout shift of every storefront page (SPEC [HEAD7]), measured in Chromium with a
 * PerformanceObserver of 'layout-shift' entries from the first paint (buffered) until the page
 * has its socket data and two more frames have been drawn. A layout measure, not a timing: the
 * same page on a slower machine shifts the same. Scored as web-vitals does: shifts without
 * recent input, grouped in session windows (gaps under 1 s, at most 5 s long); the worst window.
 */

export const CLS_LIMIT = 0.1;

declare global {
  interface Window {
    shifts: { value: number; time: number; sources: string[] }[];
  }
}

/** Before any script of the page runs, so the first paint's shifts are seen too. */
async function observeShifts(page: Page) {
  await page.addInitScript(() => {
    window.shifts = [];
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
    const nameOf = (node: Node | undefined) =>
      node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].slice(0, 4).join('.')}` : '?';
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        window.shifts.push({
          value: entry.value,
          time: entry.startTime,
          sources: (entry.sources ?? []).map((s) => nameOf(s.node)),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The worst session window's sum, after two more frames (a shift is reported after the frame that made it). */
async function settledLayoutShift(page: Page) {
  return page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    let worst = 0;
    let window_ = 0;
    let start = 0;
    let last = -Infinity;
    for (const shift of window.shifts) {
      if (shift.time - last > 1000 || shift.time - start > 5000) {
        window_ = 0;
        start = shift.time;
      }
      window_ += shift.value;
      last = shift.time;
      worst = Math.max(worst, window_);
    }
    return { cls: worst, shifts: window.shifts };
  });
}

interface Setup {
  page: Page;
  context: BrowserContext;
  baseURL: string;
}

/** A language's words, in the shape of the English dictionary ([I18N1] holds the others to it). */
export type Words = Widened<typeof en>;
type Widened<T> = T extends string ? string : { readonly [K in keyof T]: Widened<T[K]> };

interface MeasuredPage {
  name: string;
  /** Prepares the shopper (sign-in, cart, order) before the page loads; returns the path to open. */
  open(setup: Setup): Promise<string>;
  /** Something only the page's data shows, named in the page's language: the page has settled when it is visible. */
  ready(main: Locator, words: Words): Locator;
}

const CABLE = { slug: 'usb-c-braided-cable-1m', colour: 'black' };

async function signedIn({ page }: Setup) {
  const shopper = newShopper();
  const res = await page.request.post('/api/auth/register', { data: shopper });
  expect(res.status()).toBe(201);
  return shopper;
}

async function withSocket<T>({ context, baseURL }: Setup, run: (socket: ShopperSocket) => Promise<T>): Promise<T> {
  const socket = await ShopperSocket.open(context, baseURL);
  try {
    return await run(socket);
  } finally {
    socket.close();
  }
}

const addCable = (setup: Setup) =>
  withSocket(setup, async (s) => s.request('cart:add', { variantId: (await s.variant(CABLE)).id, quantity: 1 }));

const productLink = (name: RegExp | string) => (main: Locator) => main.getByRole('link', { name }).first();
const heading = (name: (words: Words) => string) => (main: Locator, words: Words) =>
  main.getByRole('heading', { level: 1, name: name(words), exact: true });
/** A template such as 'View order {number}' as a pattern matching any value of its variables. */
const template = (text: string) =>
  new RegExp(
    `^${text
      .split(/\{\w+\}/)
      .map(literal)
      .join('.+')}$`,
  );

export const PAGES: MeasuredPage[] = [
  { name: 'home', open: async () => '/', ready: productLink(/Vision/) },
  { name: 'shop', open: async () => '/shop', ready: productLink(/Vision/) },
  { name: 'category', open: async () => '/shop?category=audio', ready: productLink(/Vision Buds Pro/) },
  { name: 'search', open: async () => '/shop?q=case', ready: productLink(/Case/) },
  {
    name: 'product',
    open: async () => '/products/vision-go',
    ready: (main, words) => main.getByRole('button', { name: words.product.addToCart }),
  },
  { name: 'cart, empty', open: async () => '/cart', ready: (main, words) => main.getByText(words.cart.empty) },
  {
    name: 'cart with an item',
    open: async (setup) => {
      await addCable(setup);
      return '/cart';
    },
    ready: productLink(/Braided USB-C/),
  },
  {
    name: 'checkout with an item',
    open: async (setup) => {
      await addCable(setup);
      return '/checkout';
    },
    ready: (main) => main.getByText(/Braided USB-C/).first(),
  },
  { name: 'sign in', open: async () => '/signin', ready: heading((w) => w.signin.heading) },
  { name: 'register', open: async () => '/register', ready: heading((w) => w.register.heading) },
  {
    name: 'account',
    open: async (setup) => {
      await signedIn(setup);
      return '/account';
    },
    ready: (main) => main.getByText(/@example\.com/).first(),
  },
  {
    name: 'orders',
    open: async (setup) => {
      await signedIn(setup);
      await withSocket(setup, (s) => s.placeOrder([CABLE]));
      return '/orders';
    },
    ready: (main, words) => main.getByRole('link', { name: template(words.orders.history.view) }).first(),
  },
  {
    name: 'an order',
    open: async (setup) => {
      await signedIn(setup);
      const order = await withSocket(setup, (s) => s.placeOrder([CABLE]));
      return `/orders/${order.number}`;
    },
    ready: (main, words) => main.getByRole('region', { name: words.orders.timeline.heading }).getByRole('status'),
  },
  {
    name: 'policy',
    open: async () => '/policies/shipping',
    ready: (main) => main.getByRole('heading', { level: 2 }).first(),
  },
  { name: 'about', open: async () => '/about', ready: heading((w) => w.about.heading) },
  { name: 'contact', open: async () => '/contact', ready: heading((w) => w.contact.heading) },
  { name: 'not found', open: async () => '/no-such-page', ready: heading((w) => w.notFound.heading) },
];

/**
 * Every page at the project's width (desktop 1280 px, mobile 375 px), one after another in one tab
 * of one browser context: each page is a fresh document (a full navigation), so its shifts are its
 * own, and its assets come from the cache as they would for a shopper moving through the shop. A
 * page over the limit is reported and the rest are still measured.
 */
export function measureEveryPage(width: string) {
  test(`[HEAD7] every page at ${width}: layout shift ≤ ${CLS_LIMIT} once its data is shown`, async ({
    page,
    context,
    baseURL,
  }) => {
    // A loaded machine can take a while to bring a page's data; how long does not change the layout.
    test.setTimeout(PAGES.length * 20_000);
    await observeShifts(page);
    for (const measured of PAGES) {
      await test.step(measured.name, async () => {
        const path = await measured.open({ page, context, baseURL: baseURL! });
        await page.goto(path);
        await expect(measured.ready(page.getByRole('main'), en)).toBeVisible({ timeout: 20_000 });
        const { cls, shifts } = await settledLayoutShift(page);
        expect.soft(cls, `${measured.name}: shifts ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(CLS_LIMIT);
      });
    }
  });
}
