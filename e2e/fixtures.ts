import { test as base, expect, type Page } from '@playwright/test';
import { serverFor } from './servers.js';

let counter = 0;
export const newShopper = () => ({
  email: `e2e-${Date.now().toString(36)}-${++counter}@example.com`,
  name: 'Robin Vega',
  password: 'tidal-lantern-73',
});
export type Shopper = ReturnType<typeof newShopper>;

/**
 * `baseURL`: this worker's own server (e2e/servers.ts), for pages, `page.request` and every
 * `browser.newContext()` a journey opens.
 *
 * `shopper`: an account created over the API; its session cookie lands in the page's browser
 * context (page.request shares the cookie jar), so journeys skip the sign-up form. The page
 * then opens the home page, signed in.
 *
 * Register before the first page load: a page already open could still be waiting for its guest
 * cookie from /api/auth/me, whose answer would overwrite the new session's cookie.
 */
export const test = base.extend<{ shopper: Shopper }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern; it needs none
  baseURL: async ({}, use, testInfo) => use(serverFor(testInfo.parallelIndex).url),
  shopper: async ({ page }, use) => {
    const shopper = newShopper();
    const res = await page.request.post('/api/auth/register', { data: shopper });
    expect(res.status()).toBe(201);
    await page.goto('/');
    await expectSignedIn(page);
    await use(shopper);
  },
});

export { expect };

/** The signed-in header shows a "Sign out" button; signed out shows the "Sign in" link. */
export async function expectSignedIn(page: Page) {
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
export async function expectSignedOut(page: Page) {
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
}

/** Tag the current document, so a later check can tell that the page was not reloaded. */
export async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { e2eMark: true }));
}
export async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => 'e2eMark' in window), 'the page was reloaded').toBe(true);
}
