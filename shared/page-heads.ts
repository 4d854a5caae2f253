import type { Category } from './catalog-constants.js';

/**
 * The words of each page's <head> (SPEC §18): the server writes them into the HTML it sends, so
 * crawlers and link previews see them before any script runs; the client sets the same titles
 * as the shopper navigates (client/src/i18n/page-heads.test.ts holds the two together, in
 * every language). English here; French, German and Spanish (and HEAD_WORDS, all four) in ./page-heads-translated.ts,
 * typed by `HeadWords` so a missing page or language fails to compile ([LANG3]).
 * Zod-free: the client may import it.
 */
export const SHOP_NAME = 'VisionX';

/** "<page> · VisionX", as the client's `app.pageTitle`. */
export const pageTitle = (page: string) => `${page} · ${SHOP_NAME}`;

export interface PageWords {
  /** The page's own title, before " · VisionX". */
  title: string;
  description: string;
}

const SHOP_DESCRIPTION =
  'VisionX makes modular, repairable, sustainable phones. Shop, get live help and track your orders.';

/** Pages named by their path; products, categories and policies are named from data below. */
export const PAGE_WORDS = {
  home: { title: 'Your Forever Phone', description: SHOP_DESCRIPTION },
  shop: {
    title: 'Shop',
    description: 'Modular VisionX phones and the cases, chargers, cables, audio and wearables that fit them.',
  },
  search: { title: 'Shop', description: 'Search the VisionX shop.' },
  support: {
    title: 'Support',
    description: 'Answers in seconds, people when you need them: shipping, returns, warranty and repairs.',
  },
  about: { title: 'About', description: 'We make phones for people who would rather keep them.' },
  contact: {
    title: 'Contact',
    description: 'Tell us what you need. A person from our team replies by email within one business day.',
  },
  signin: { title: 'Sign in', description: SHOP_DESCRIPTION },
  register: { title: 'Create account', description: SHOP_DESCRIPTION },
  forgotPassword: { title: 'Forgot password', description: SHOP_DESCRIPTION },
  resetPassword: { title: 'Choose a new password', description: SHOP_DESCRIPTION },
  verifyEmail: { title: 'Confirm your email', description: SHOP_DESCRIPTION },
  account: { title: 'Account', description: SHOP_DESCRIPTION },
  cart: { title: 'Cart', description: SHOP_DESCRIPTION },
  checkout: { title: 'Checkout', description: SHOP_DESCRIPTION },
  confirmation: { title: 'Order confirmed', description: SHOP_DESCRIPTION },
  orders: { title: 'Your orders', description: SHOP_DESCRIPTION },
  order: { title: 'Order', description: SHOP_DESCRIPTION },
  staff: { title: 'Staff console', description: SHOP_DESCRIPTION },
  notFound: { title: 'Page not found', description: SHOP_DESCRIPTION },
  productNotFound: { title: 'Product not found', description: SHOP_DESCRIPTION },
} as const satisfies Record<string, PageWords>;
export type PageKey = keyof typeof PAGE_WORDS;

/** A category listing's title (/shop?category=…), as the shop's filter names it. */
export const CATEGORY_TITLES: Record<Category, string> = {
  phones: 'Phones',
  cases: 'Cases',
  chargers: 'Chargers',
  cables: 'Cables',
  audio: 'Audio',
  'screen-protectors': 'Screen protectors',
  wearables: 'Wearables',
};

/** The policy pages (/policies/<slug>) and their titles as the pages show them. */
export const POLICY_WORDS = {
  shipping: {
    title: 'Shipping & returns',
    description: 'Delivery times, costs and returns within 30 days of delivery.',
  },
  warranty: { title: 'Warranty', description: 'Two years of cover and fixed-price repairs.' },
  privacy: { title: 'Privacy', description: 'What we store and how to delete it.' },
  terms: { title: 'Terms', description: 'The rules for using the shop.' },
} as const satisfies Record<string, PageWords>;
export type PolicyKey = keyof typeof POLICY_WORDS;

/** Every word of the server-written heads, in one language. */
export interface HeadWords {
  pages: Record<PageKey, PageWords>;
  categories: Record<Category, string>;
  policies: Record<PolicyKey, PageWords>;
}
