import { expect, expectSignedIn, newShopper, test } from './fixtures.js';
import { PAGES, SiteHeader, expectOnPage, focusIndicator, isOnTop, tabTo } from './pages/site-pages.js';

const NO_INDICATOR = { outline: false, boxShadow: false };

test('the first Tab reaches "Skip to content", which moves focus to the page content', async ({ page }) => {
  await page.goto('/');
  await expectOnPage(page, PAGES.home);
  const skip = page.getByRole('link', { name: 'Skip to content' });
  const main = page.getByRole('main');
  // Visually hidden until it has focus.
  expect(await isOnTop(skip)).toBe(false);

  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  expect(await isOnTop(skip)).toBe(true);

  await page.keyboard.press('Enter');
  await expect(main).toBeFocused();
  // The next Tab continues inside the content, past the header.
  const shopPhones = main.getByRole('link', { name: 'Shop phones' });
  expect(await focusIndicator(shopPhones)).toEqual(NO_INDICATOR);
  await page.keyboard.press('Tab');
  await expect(shopPhones).toBeFocused();
  expect(await focusIndicator(shopPhones)).toEqual({ outline: true, boxShadow: true });
});

test('a shopper signs in with the keyboard alone and comes back to the page they were on', async ({
  page,
  request,
}) => {
  // The account exists, but this browser is not signed in to it (`request` has its own cookies).
  const shopper = newShopper();
  expect((await request.post('/api/auth/register', { data: shopper })).status()).toBe(201);
  await page.goto('/support');
  await expectOnPage(page, PAGES.support);

  await tabTo(page, new SiteHeader(page).signInLink());
  await page.keyboard.press('Enter');
  await expectOnPage(page, { ...PAGES.signIn, path: '/signin?next=%2Fsupport' });
  // After a navigation focus starts at the new content, so the form is one Tab away.
  const main = page.getByRole('main');
  await expect(main).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(main.getByLabel('Email')).toBeFocused();
  await page.keyboard.type(shopper.email);
  await page.keyboard.press('Tab');
  await expect(main.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(shopper.password);
  await expect(main.getByLabel('Email')).toHaveValue(shopper.email);

  const submit = main.getByRole('button', { name: 'Sign in' });
  expect(await focusIndicator(submit)).toEqual(NO_INDICATOR);
  // "Forgot password?" sits under the password, on the way to the button.
  await page.keyboard.press('Tab');
  await expect(main.getByRole('link', { name: 'Forgot password?' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(submit).toBeFocused();
  expect(await focusIndicator(submit)).toEqual({ outline: true, boxShadow: true });
  await page.keyboard.press('Enter');

  await expectOnPage(page, PAGES.support);
  await expectSignedIn(page);
});
