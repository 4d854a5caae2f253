import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CATEGORIES } from '../../../shared/catalog-constants.js';
import { CATEGORY_TITLES, PAGE_WORDS, pageTitle, POLICY_WORDS, type PageKey } from '../../../shared/page-heads.js';
import { POLICY_SLUGS } from './policies.js';
import { t, type MessageKey } from './index.js';

/** The client's title key for each page the server names ([HEAD1]): the server's first paint and the client's title agree. */
const CLIENT_TITLES: Partial<Record<PageKey, MessageKey>> = {
  home: 'home.title',
  shop: 'shop.title',
  search: 'shop.title',
  support: 'support.title',
  about: 'about.title',
  contact: 'contact.title',
  signin: 'signin.title',
  register: 'register.title',
  forgotPassword: 'recovery.forgot.title',
  resetPassword: 'recovery.reset.title',
  verifyEmail: 'recovery.verify.title',
  account: 'account.title',
  cart: 'cart.pageTitle',
  checkout: 'checkout.title',
  confirmation: 'orders.confirmation.title',
  orders: 'orders.history.title',
  order: 'orders.detail.loadingTitle',
  staff: 'staff.title',
  notFound: 'notFound.title',
  productNotFound: 'product.notFound.title',
};

test('[HEAD1] the server names each page as the client titles it', () => {
  assert.is(pageTitle('Cart'), t('app.pageTitle', { page: 'Cart' }));
  for (const key of Object.keys(PAGE_WORDS) as PageKey[]) {
    const clientKey = CLIENT_TITLES[key];
    assert.ok(clientKey, `${key} has a client title`);
    assert.is(PAGE_WORDS[key].title, t(clientKey!), key);
  }
  for (const category of CATEGORIES)
    assert.is(CATEGORY_TITLES[category], t(`catalog.categories.${category}`), category);
  assert.equal(Object.keys(POLICY_WORDS).sort(), [...POLICY_SLUGS].sort());
  for (const slug of POLICY_SLUGS) assert.is(POLICY_WORDS[slug].title, t(`policies.${slug}`), slug);
});

test.run();
