import { expect, expectSignedIn, newShopper, test } from './fixtures.js';
import { SignInPage } from './pages/account-pages.js';
import { NAV_LINKS, PAGES, POLICIES, SiteFooter, SiteHeader, expectOnPage } from './pages/site-pages.js';

const NAV_TARGETS = { Shop: PAGES.shop, Support: PAGES.support, About: PAGES.about, Contact: PAGES.contact } as const;

test('the header links reach each page, which is marked as the current one', async ({ page }) => {
  const header = new SiteHeader(page);
  await page.goto('/');
  await expectOnPage(page, PAGES.home);

  for (const link of NAV_LINKS) {
    await header.navLink(link).click();
    await expectOnPage(page, NAV_TARGETS[link]);
    await expect(header.navLink(link)).toHaveAttribute('aria-current', 'page');
    for (const other of NAV_LINKS.filter((l) => l !== link)) {
      await expect(header.navLink(other)).not.toHaveAttribute('aria-current');
    }
  }

  await header.homeLink().click();
  await expectOnPage(page, PAGES.home);
});

test('the footer policy links open the policy pages', async ({ page }) => {
  const footer = new SiteFooter(page);
  await page.goto('/about');

  for (const policy of POLICIES) {
    await footer.policyLink(policy.link).click();
    await expectOnPage(page, { path: policy.path, heading: policy.link, title: policy.link });
    const main = page.getByRole('main');
    await expect(main.getByRole('navigation', { name: 'On this page' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: policy.firstSection })).toBeVisible();
    await expect(main).toContainText(/Last updated \w+ \d{1,2}, \d{4}/);
  }
});

test('the home page calls to action lead to the shop and to support', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');

  await main.getByRole('link', { name: 'Shop phones' }).click();
  await expectOnPage(page, PAGES.shop);

  await page.goBack();
  await expectOnPage(page, PAGES.home);
  await main.getByRole('link', { name: 'Talk to support' }).click();
  await expectOnPage(page, PAGES.support);
});

test('searching from the header opens the shop with the query', async ({ page }) => {
  const header = new SiteHeader(page);
  await page.goto('/about');

  await header.search('usb-c & case');
  await expectOnPage(page, { ...PAGES.shop, path: '/shop?q=usb-c%20%26%20case' });
  await expect(page.getByRole('main')).toContainText(/results for “usb-c & case”/i);

  // The box keeps the query on /shop; a blank search opens the whole shop.
  await expect(header.searchBox()).toHaveValue('usb-c & case');
  await header.search('   ');
  await expect(page).toHaveURL('/shop');
  await expect(page.getByRole('main')).not.toContainText(/results for/i);
});

test('an unknown address shows "Page not found" with a way home', async ({ page }) => {
  await page.goto('/policies/no-such-policy');
  await expectOnPage(page, { ...PAGES.notFound, path: '/policies/no-such-policy' });

  await page.goto(PAGES.notFound.path);
  await expectOnPage(page, PAGES.notFound);
  await page.getByRole('main').getByRole('link', { name: 'Go to the home page' }).click();
  await expectOnPage(page, PAGES.home);
});

test('the account page sends a guest to sign in, then back to the account', async ({ page, request }) => {
  // The account exists, but this browser is not signed in to it (`request` has its own cookies).
  const shopper = newShopper();
  expect((await request.post('/api/auth/register', { data: shopper })).status()).toBe(201);

  await page.goto('/account');
  await expectOnPage(page, { ...PAGES.signIn, path: '/signin?next=%2Faccount' });
  await new SignInPage(page).submit(shopper.email, shopper.password);

  await expectOnPage(page, PAGES.account);
  await expectSignedIn(page);
  await expect(page.getByRole('main')).toContainText(shopper.email);
});
