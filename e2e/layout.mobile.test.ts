import { expect, expectSignedIn, newShopper, test } from './fixtures.js';
import { RegisterPage } from './pages/account-pages.js';
import {
  NAV_LINKS,
  PAGES,
  SiteFooter,
  SiteHeader,
  expectNoHorizontalScroll,
  expectOnPage,
} from './pages/site-pages.js';

test('the main navigation folds behind a Menu button', async ({ page }) => {
  const header = new SiteHeader(page);
  await page.goto('/');
  await expectOnPage(page, PAGES.home);

  await expect(header.menuButton()).toHaveAttribute('aria-expanded', 'false');
  await expect(header.nav()).toBeHidden();

  await header.menuButton().tap();
  await expect(header.menuButton()).toHaveAttribute('aria-expanded', 'true');
  for (const link of NAV_LINKS) await expect(header.navLink(link)).toBeVisible();
  await header.menuButton().tap();
  await expect(header.menuButton()).toHaveAttribute('aria-expanded', 'false');
  await expect(header.nav()).toBeHidden();

  // Escape closes it too and hands focus back to the button.
  await header.menuButton().tap();
  await expect(header.navLink('About')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(header.nav()).toBeHidden();
  await expect(header.menuButton()).toBeFocused();

  // Following a link closes the menu on the new page.
  await header.menuButton().tap();
  await header.navLink('Support').tap();
  await expectOnPage(page, PAGES.support);
  await expect(header.menuButton()).toHaveAttribute('aria-expanded', 'false');
  await expect(header.nav()).toBeHidden();
});

test('a shopper signs up on a phone, and no page scrolls sideways', async ({ page }) => {
  const header = new SiteHeader(page);
  await page.goto('/');
  await expectOnPage(page, PAGES.home);
  await expectNoHorizontalScroll(page);

  const shopper = newShopper();
  const register = new RegisterPage(page);
  await header.registerLink().tap();
  await expectNoHorizontalScroll(page);
  await register.submit(shopper);
  await expectOnPage(page, PAGES.account);
  await expectSignedIn(page);
  await expect(page.getByRole('main')).toContainText(shopper.email);
  await expectNoHorizontalScroll(page);

  await header.menuButton().tap();
  await header.navLink('Contact').tap();
  await expectOnPage(page, PAGES.contact);
  await expectNoHorizontalScroll(page);

  // The shipping policy holds the widest content: a table of rates.
  await new SiteFooter(page).policyLink('Shipping & returns').tap();
  await expectOnPage(page, { path: '/policies/shipping', heading: 'Shipping & returns', title: 'Shipping & returns' });
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoHorizontalScroll(page);
});
