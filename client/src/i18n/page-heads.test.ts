import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CATEGORIES } from '../../../shared/catalog-constants.js';
import { LOCALES } from '../../../shared/locales.js';
import { PAGE_WORDS, pageTitle, type PageKey } from '../../../shared/page-heads.js';
import { HEAD_WORDS } from '../../../shared/page-heads-translated.js';
import { POLICY_SLUGS } from './policies.js';
import { setLocale, t, type MessageKey } from './index.js';

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

test('[HEAD1] [LANG3] the server names each page as the client titles it, in every language', async () => {
  for (const locale of LOCALES) {
    await setLocale(locale);
    const words = HEAD_WORDS[locale];
    assert.is(pageTitle('Cart'), t('app.pageTitle', { page: 'Cart' }), locale);
    for (const key of Object.keys(PAGE_WORDS) as PageKey[]) {
      const clientKey = CLIENT_TITLES[key];
      assert.ok(clientKey, `${key} has a client title`);
      assert.is(words.pages[key].title, t(clientKey!), `${locale} ${key}`);
    }
    for (const category of CATEGORIES)
      assert.is(words.categories[category], t(`catalog.categories.${category}`), `${locale} ${category}`);
    assert.equal(Object.keys(words.policies).sort(), [...POLICY_SLUGS].sort());
    for (const slug of POLICY_SLUGS) assert.is(words.policies[slug].title, t(`policies.${slug}`), `${locale} ${slug}`);
  }
  await setLocale('en');
});

test.run();
