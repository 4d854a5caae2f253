import { expect, newShopper, test } from './fixtures.js';
import { CartDrawer } from './pages/cart-pages.js';
import { SignInPage } from './pages/account-pages.js';
import { ProductPage } from './pages/shop-pages.js';
import { literal } from './pages/exact-text.js';

// A 1 m cable in black: plenty in stock, and cheap enough that shipping is not free.
const CABLE = { slug: 'usb-c-braided-cable-1m', search: '?colour=black' };

test('a guest fills the cart from a product page; each tab follows the other live; the cart survives a reload', async ({
  page,
  context,
}) => {
  const product = new ProductPage(page);
  const cart = new CartDrawer(page);
  await product.open(CABLE.slug, CABLE.search);
  const name = (await product.heading().textContent())!;
  await cart.expectCount(0);

  // A second tab of the same browser: the same guest, the same cart.
  const tab2 = await context.newPage();
  const cart2 = new CartDrawer(tab2);
  await tab2.goto('/about');
  await cart2.expectCount(0);

  await product.addToCart().click();
  await expect(cart.dialog()).toBeVisible();
  await expect(cart.dialog().getByRole('status')).toHaveText(`Added 1 ${name} to your cart.`);
  await expect(cart.line(name)).toContainText('Black');
  await expect(cart.dialog()).toContainText('Free shipping from $99.00');
  await expect(cart.dialog().getByRole('link', { name: 'Checkout', exact: true })).toHaveAttribute('href', '/checkout');
  await cart.expectCount(1);
  await cart2.expectCount(1);

  // Change quantities in the drawer: tab 2 follows without a reload.
  const line = cart.line(name);
  await cart.increase(line).click();
  await cart.increase(line).click();
  await cart.expectCount(3);
  await cart2.expectCount(3);
  await cart.decrease(line).click();
  await cart.expectCount(2);
  await cart2.expectCount(2);
  await cart2.open();
  await expect(cart2.line(name)).toContainText('$29.98');
  // And the other way: a change in tab 2 reaches tab 1.
  await cart2.increase(cart2.line(name)).click();
  await cart2.expectCount(3);
  await cart.expectCount(3);
  await expect(cart.line(name)).toContainText('$44.97');
  await cart2.decrease(cart2.line(name)).click();
  await cart.expectCount(2);

  // Escape closes the drawer and gives focus back.
  await page.keyboard.press('Escape');
  await expect(cart.dialog()).toBeHidden();

  // A reload keeps the cart.
  await page.reload();
  await cart.expectCount(2);

  // Remove from tab 1's drawer: tab 2's open drawer empties.
  await cart.open();
  await cart.remove(cart.line(name)).click();
  await expect(cart.dialog()).toContainText('Your cart is empty.');
  await cart.expectCount(0);
  await expect(cart2.dialog()).toContainText('Your cart is empty.');
  await cart2.expectCount(0);
});

test('the cart drawer is a modal dialog: focus stays inside, Escape closes it and focus returns', async ({ page }) => {
  const cart = new CartDrawer(page);
  await page.goto('/');
  await cart.button().focus();
  await page.keyboard.press('Enter');
  await expect(cart.dialog()).toHaveAttribute('aria-modal', 'true');
  await expect(cart.closeButton()).toBeFocused();
  // The empty cart has two stops (close, browse): Tab cycles between them. Until the first cart
  // push arrives the drawer says "Loading" and the close button is its only stop.
  await expect(cart.dialog()).toContainText('Your cart is empty.');
  await page.keyboard.press('Tab');
  await expect(cart.dialog().getByRole('link', { name: 'Browse the shop' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cart.closeButton()).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(cart.dialog().getByRole('link', { name: 'Browse the shop' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cart.dialog()).toBeHidden();
  await expect(cart.button()).toBeFocused();
});

test('a guest with items signs in: the cart is merged into the account and the shopper is told', async ({
  page,
  playwright,
  baseURL,
}) => {
  // An existing account, created in its own cookie jar so this browser stays a guest.
  const shopper = newShopper();
  const api = await playwright.request.newContext({ baseURL });
  expect((await api.post('/api/auth/register', { data: shopper })).status()).toBe(201);
  await api.dispose();

  const product = new ProductPage(page);
  const cart = new CartDrawer(page);
  await product.open(CABLE.slug, CABLE.search);
  const name = (await product.heading().textContent())!;
  await product.quantity().fill('2');
  await product.quantity().press('Tab');
  await product.addToCart().click();
  await cart.expectCount(2);
  await cart.closeButton().click();

  await new SignInPage(page).open();
  await new SignInPage(page).submit(shopper.email, shopper.password);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'We added 2 items from before you signed in to your cart.' }),
  ).toBeVisible();
  await cart.expectCount(2);
  await cart.open();
  await expect(cart.line(name)).toBeVisible();

  // The cart page shows the same cart, and Checkout leads to the checkout page.
  await page.goto('/cart');
  await expect(page.getByRole('main').getByRole('listitem', { name: new RegExp(`^${literal(name)}`) })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Estimated tax');
  await page.getByRole('main').getByRole('link', { name: 'Checkout', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checkout');
});

test('a change the stock cannot cover is rolled back and the reason is shown', async ({ page }) => {
  const product = new ProductPage(page);
  const cart = new CartDrawer(page);
  // Forest green 512 GB: one left.
  await product.open('vision-x-terra', '?colour=forest-green&storage=512');
  await product.addToCart().click();
  await cart.expectCount(1);
  await cart.closeButton().click();

  await product.addToCart().click();
  await expect(page.getByRole('alert')).toContainText(/left in stock/);
  await cart.expectCount(1);
  await expect(cart.dialog()).toBeHidden();
});
