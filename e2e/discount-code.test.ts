import { expect, test } from './fixtures.js';
import { CartDrawer } from './pages/cart-pages.js';
import { CheckoutPage } from './pages/checkout-page.js';
import { DeskDiscounts, DiscountCodeField } from './pages/discount-pages.js';
import { OrderPage } from './pages/order-pages.js';
import { ProductPage } from './pages/shop-pages.js';
import { createStaffAccount, signInStaff } from './staff-account.js';

const CABLE = { slug: 'usb-c-braided-cable-1m', search: '?colour=black' };
const letters = () => Math.random().toString(36).slice(2, 7).toUpperCase();
const money = (text: string) => Math.round(Number(text.replace(/[^0-9.]/g, '')) * 100);
/** Screenshots for a person to look at, when asked for (E2E_SHOTS=1). */
const shot = async (page: import('@playwright/test').Page, name: string) => {
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `.test-tmp/shots/${name}.png`, fullPage: true });
};

// Two browsers, a staff sign-in through the CLI and a whole checkout: slow on a loaded machine.
test.describe.configure({ timeout: 150_000 });

test('[DISC1] [DISC10] staff create a code on the desk; a shopper is refused a wrong one, applies it, and the order shows the discount', async ({
  page,
  browser,
}) => {
  // Staff: the desk's top bar leads to the discounts page; a 10 % code with a limit of 5.
  const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const staffPage = await staffContext.newPage();
  await signInStaff(staffPage, createStaffAccount('Dana Park'));
  await staffPage.goto('/staff');
  await staffPage.getByRole('banner').getByRole('link', { name: 'Discounts' }).click();
  const desk = new DeskDiscounts(staffPage);
  await expect(desk.heading()).toBeVisible();
  const code = `SAVE-${letters()}`;
  await desk.create({ code: code.toLowerCase(), kind: 'Percent off', value: '10', expiry: '2099-12-31', limit: '5' });
  await expect(desk.item(code)).toContainText('10% off');
  await expect(desk.item(code)).toContainText('0 of 5');
  await expect(desk.item(code)).toContainText('Active');
  await shot(staffPage, 'desk-discounts-1280');

  // The shopper (a guest): one cable, then checkout.
  const product = new ProductPage(page);
  const cart = new CartDrawer(page);
  await product.open(CABLE.slug, CABLE.search);
  await product.addToCart().click();
  await cart.expectCount(1);
  const checkout = new CheckoutPage(page);
  await checkout.open();
  const discount = new DiscountCodeField(page);
  const before = money((await checkout.placeOrder().textContent())!);

  // A code that does not exist: the reason is said by the field, focus stays, nothing applied.
  await discount.applyCode('nope-code');
  await expect(discount.field()).toHaveAttribute('aria-invalid', 'true');
  await expect(discount.field()).toHaveAccessibleDescription('We don’t know the code NOPE-CODE. Check the spelling.');
  await expect(discount.apply()).toBeFocused();
  await expect(discount.summaryLine(code)).toHaveCount(0);

  // The good code (typed in lower case, with Enter): the summary line, the totals and the button follow.
  await discount.field().fill(code.toLowerCase());
  await discount.field().press('Enter');
  await expect(discount.summaryLine(code)).toBeVisible();
  await expect(discount.field()).not.toHaveAttribute('aria-invalid', 'true');
  await expect(discount.field()).toBeFocused();
  await expect(checkout.summary()).toContainText('−$');
  const after = money((await checkout.placeOrder().textContent())!);
  expect(after).toBeLessThan(before);
  await expect(checkout.heading()).toBeVisible(); // Enter applied the code; it did not submit the order

  await checkout.fill({
    email: 'robin@example.com',
    phone: '+1 415 555 0100',
    name: 'Robin Vega',
    line1: '500 Howard St',
    city: 'San Francisco',
    region: { label: 'State', value: 'CA' },
    postalCode: { label: 'ZIP code', value: '94105' },
    card: { number: '4242 4242 4242 4242', expiry: '12/34', cvc: '123', name: 'Robin Vega' },
  });
  await shot(page, 'checkout-discount-1280');
  await page.setViewportSize({ width: 375, height: 740 });
  await shot(page, 'checkout-discount-375');
  await page.setViewportSize({ width: 1280, height: 900 });
  await checkout.placeOrder().click();
  // A charge and a commit: on a loaded machine the answer can take longer than an expectation's 5 s.
  await expect(page).toHaveURL(/\/checkout\/confirmation\/VX-[2-9A-HJ-NP-Z]{8}$/, { timeout: 20_000 });
  const number = page.url().split('/').at(-1)!;

  // The order page shows the discount and the total charged.
  const order = new OrderPage(page);
  await order.open(number);
  await expect(order.main()).toContainText(`Discount (${code})`);
  await expect(order.main()).toContainText(`$${(after / 100).toFixed(2)}`);
  await shot(page, 'order-discount-1280');

  // The desk's list counts the use, pushed without a reload.
  await expect(desk.item(code)).toContainText('1 of 5');
  await staffPage.setViewportSize({ width: 375, height: 740 });
  await shot(staffPage, 'desk-discounts-375');
  await staffContext.close();
});
