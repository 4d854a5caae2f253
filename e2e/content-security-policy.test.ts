import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { CartDrawer } from './pages/cart-pages.js';
import { CheckoutPage } from './pages/checkout-page.js';
import { ProductPage } from './pages/shop-pages.js';
import { StaffConsole } from './pages/staff-pages.js';
import { createStaffAccount, signInStaff } from './staff-account.js';

const CABLE = { slug: 'usb-c-braided-cable-1m', search: '?colour=black' };

/**
 * Every CSP violation the page meets: the browser's console report and the
 * `securitypolicyviolation` event (the init script is injected by the browser, outside the policy).
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { e2eCspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { e2eCspViolations: string[] }).e2eCspViolations)),
  ];
}

test('the check can fail: an inline script is blocked and reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.e2eInlineRan = true';
    document.body.append(script);
  });
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
  expect(await page.evaluate(() => 'e2eInlineRan' in window)).toBe(false);
});

test('home, product and checkout under the CSP: the socket works (the cart fills) and nothing is blocked', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  const product = new ProductPage(page);
  await product.open(CABLE.slug, CABLE.search);
  // The server wrote the product's JSON-LD into the page ([HEAD3]): data, which script-src does not govern.
  await expect(page.locator('head script[type="application/ld+json"]')).toHaveCount(1);
  const name = await product.heading().innerText();
  await expect(product.image(name)).toBeVisible();
  await product.addToCart().click();
  await new CartDrawer(page).expectCount(1);
  const checkout = new CheckoutPage(page);
  await checkout.open();
  await expect(checkout.summary()).toContainText(name);
  expect(await violations()).toEqual([]);
});

test('the staff console under the CSP: nothing is blocked', async ({ page }) => {
  const violations = await watchViolations(page);
  await signInStaff(page, createStaffAccount());
  await new StaffConsole(page).open();
  expect(await violations()).toEqual([]);
});
