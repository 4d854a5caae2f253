import { test as base, expect, type Page } from '@playwright/test';

let counter = 0;
export const newShopper = () => ({
  email: `e2e-${Date.now().toString(36)}-${++counter}@example.com`,
  name: 'Robin Vega',
  password: 'tidal-lantern-73',
});
export type Shopper = ReturnType<typeof newShopper>;

/**
 * `shopper`: an account created over the API; its session cookie lands in the page's browser
 * context (page.request shares the cookie jar), so journeys skip the sign-up form.
 */
export const test = base.extend<{ shopper: Shopper }>({
  shopper: async ({ page }, use) => {
    const shopper = newShopper();
    await page.goto('/');
    const res = await page.request.post('/api/auth/register', { data: shopper });
    expect(res.status()).toBe(201);
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
