import { ShopperSocket } from './place-order.js';
import { CartDrawer } from './pages/cart-pages.js';
import { CheckoutPage } from './pages/checkout-page.js';
import { StatusTimeline } from './pages/order-pages.js';
import { ProductPage } from './pages/shop-pages.js';
import { SocketSpy, UNTIL_IT_HAPPENS } from './socket-spy.js';
import { expect, test } from './warehouse.js';

// A 1 m cable in black: plenty in stock.
const CABLE = { slug: 'usb-c-braided-cable-1m', search: '?colour=black' };
const CARD = { expiry: '12/34', cvc: '123', name: 'Robin Vega' };
const CANADA = {
  email: 'robin@example.com',
  phone: '+1 613 555 0100',
  name: 'Robin Vega',
  line1: '24 Sussex Dr',
  city: 'Ottawa',
  country: 'Canada',
  region: { label: 'Province', value: 'ON' },
  postalCode: { label: 'Postal code', value: 'K1A 0B1' },
};
// These journeys fill the whole form, some twice.
test.describe.configure({ timeout: 60_000 });

type Attempt = { idempotencyKey: string; cartVersion: number; card: { number: string } };

async function addCableAndCheckOut(page: import('@playwright/test').Page) {
  const product = new ProductPage(page);
  const cart = new CartDrawer(page);
  await product.open(CABLE.slug, CABLE.search);
  const name = (await product.heading().textContent())!;
  await product.addToCart().click();
  await cart.expectCount(1);
  await cart.dialog().getByRole('link', { name: 'Checkout', exact: true }).click();
  const checkout = new CheckoutPage(page);
  await expect(checkout.heading()).toBeVisible();
  await expect(checkout.summary()).toContainText(name);
  return { checkout, cart };
}

test('a guest checks out: errors beside each field, a declined card keeps the cart, a good card places the order', async ({
  page,
  context,
  baseURL,
  warehouse,
}) => {
  const spy = new SocketSpy(page);
  const { checkout, cart } = await addCableAndCheckOut(page);
  await expect(checkout.section('Payment')).toContainText('Test mode');

  // Nothing filled in: every field says what it needs, the summary lists them, focus goes to the first.
  await checkout.placeOrder().click();
  await expect(checkout.errorSummary()).toBeVisible();
  await expect(checkout.field('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(checkout.field('Email')).toHaveAccessibleDescription(/Enter a valid email address\./);
  await expect(checkout.field('Email')).toBeFocused();
  await expect(checkout.field('Full name')).toHaveAccessibleDescription(/Enter the recipient’s name\./);
  await expect(checkout.field('ZIP code')).toHaveAccessibleDescription(
    /Enter a postal code like 94107 or 94107-1234\./,
  );
  await expect(checkout.field('Card number')).toHaveAccessibleDescription(
    /Enter the card number as shown on the card\./,
  );

  // Canada: the labels follow the country, and a US-style code is refused.
  await checkout.fill({
    ...CANADA,
    postalCode: { label: 'Postal code', value: '12345' },
    card: { ...CARD, number: '4000 0000 0000 0002' },
  });
  await checkout.placeOrder().click();
  await expect(checkout.field('Postal code')).toHaveAccessibleDescription(/Enter a postal code like K1A 0B1\./);
  await expect(checkout.field('Postal code')).toBeFocused();
  await expect(checkout.errorSummary()).toContainText('Enter a postal code like K1A 0B1.');
  await expect(checkout.field('Email')).not.toHaveAttribute('aria-invalid', 'true');
  expect(spy.emitted('checkout:place'), 'an invalid form sends nothing').toHaveLength(0);

  // The decline card: a message at the payment section, still here, the cart kept, the code cleared.
  await checkout.field('Postal code').fill('k1a 0b1');
  await checkout.placeOrder().click();
  await expect(checkout.section('Payment').getByRole('alert')).toHaveText(
    'The card was declined. You have not been charged; your cart is kept.',
  );
  await expect(checkout.field('Card number')).toBeFocused();
  await expect(page).toHaveURL('/checkout');
  await expect(checkout.field('Security code')).toHaveValue('');
  await expect(checkout.errorSummary()).toHaveCount(0);
  await cart.expectCount(1);

  // A good card: the order is placed and the cart empties.
  await checkout.field('Card number').fill('4242 4242 4242 4242');
  await checkout.field('Security code').fill('123');
  await checkout.placeOrder().click();
  await expect(page).toHaveURL(/\/checkout\/confirmation\/VX-[2-9A-HJ-NP-Z]{8}$/);
  await cart.expectCount(0);
  const number = page.url().split('/').at(-1)!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your order');
  await expect(page.getByRole('main')).toContainText(number);

  // The warehouse packs it (e2e/warehouse.ts): the confirmation follows live, no reload.
  const timeline = new StatusTimeline(page);
  await timeline.expectStatus('Paid');
  const shop = await ShopperSocket.open(context, baseURL!);
  await shop.askSupport(`When does ${number} leave the warehouse?`);
  shop.close();
  await warehouse.move(number, 'packed');
  await timeline.expectStatus('Packed');

  // The server gave a definitive answer to the declined attempt, so the good card came with a new key.
  const [declined, placed] = spy.emitted('checkout:place') as Attempt[];
  expect(placed!.idempotencyKey).not.toBe(declined!.idempotencyKey);
  expect(placed!.cartVersion).toBe(declined!.cartVersion);
});

test('an answer lost on the way: pressing again resends the same attempt and lands on the one order', async ({
  page,
}) => {
  const spy = new SocketSpy(page);
  // Pass the socket through, but swallow the server's first answer to checkout:place.
  let swallowedAck: string | null = null;
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    let checkoutAckId: string | null = null;
    ws.onMessage((message) => {
      const sent = /^42(\d+)\["checkout:place"/.exec(String(message));
      if (sent && swallowedAck === null) checkoutAckId = sent[1]!;
      server.send(message);
    });
    server.onMessage((message) => {
      if (checkoutAckId !== null && String(message).startsWith(`43${checkoutAckId}[`)) {
        swallowedAck = String(message);
        checkoutAckId = null;
        return;
      }
      ws.send(message);
    });
  });
  const { checkout, cart } = await addCableAndCheckOut(page);
  await expect
    .poll(() => spy.upgrades(), { ...UNTIL_IT_HAPPENS, message: 'the socket runs on the WebSocket' })
    .toBeGreaterThan(0);
  await checkout.fill({ ...CANADA, card: { ...CARD, number: '4242 4242 4242 4242' } });
  await checkout.placeOrder().click();

  // The order went through, but the page never heard: it says so and keeps the form (the cart's push emptied the cart).
  await expect(checkout.main().getByRole('alert')).toContainText('we cannot tell yet whether your order went through', {
    timeout: 15_000,
  });
  expect(swallowedAck).not.toBeNull();
  await cart.expectCount(0);
  await expect(checkout.placeOrder()).toHaveAccessibleName(/\$\d/);
  await expect(checkout.field('Security code')).toHaveValue('');

  await checkout.field('Security code').fill('123');
  await checkout.placeOrder().click();
  const firstNumber = /"number":"(VX-[^"]+)"/.exec(swallowedAck!)![1]!;
  await expect(page).toHaveURL(`/checkout/confirmation/${firstNumber}`);
  const [first, retry] = spy.emitted('checkout:place') as Attempt[];
  expect(retry!.idempotencyKey).toBe(first!.idempotencyKey);
  expect(retry!.cartVersion).toBe(first!.cartVersion);
});

test('the summary and "Place order" follow the chosen country and shipping method', async ({ page }) => {
  const { checkout } = await addCableAndCheckOut(page);
  const summary = checkout.summary();
  // One cable to the US by standard shipping: $14.99 + $5.95 + $1.20 tax.
  await expect(summary).toContainText('Shipping (Standard)$5.95');
  await expect(checkout.placeOrder()).toHaveAccessibleName('Place order $22.14');
  await checkout
    .section('Shipping method')
    .getByRole('radio', { name: /^Express/ })
    .check();
  await expect(summary).toContainText('Shipping (Express)$14.95');
  await checkout.field('Country').selectOption({ label: 'Germany' });
  await expect(checkout.section('Shipping method').getByRole('radio', { name: /^Express/ })).toHaveAccessibleName(
    /2–4 business days \$19\.95$/,
  );
  await expect(checkout.placeOrder()).toHaveAccessibleName('Place order $36.14');
  await expect(checkout.field('State (optional)')).toBeVisible();
  await expect(checkout.field('Postal code')).toHaveAccessibleDescription('For example 10115');
  await summary.getByRole('link', { name: 'Edit cart' }).click();
  await expect(page).toHaveURL('/cart');
});

test('an empty cart has nothing to check out: a way back to the shop, no form', async ({ page }) => {
  const checkout = new CheckoutPage(page);
  await checkout.open();
  await expect(checkout.main()).toContainText('Your cart is empty, so there is nothing to check out yet.');
  await expect(checkout.main().getByRole('link', { name: 'Browse the shop' })).toBeVisible();
  await expect(checkout.placeOrder()).toHaveCount(0);
  await expect(checkout.field('Email')).toHaveCount(0);
});

test('a signed-in shopper finds their email filled in', async ({ page, shopper }) => {
  const { checkout } = await addCableAndCheckOut(page);
  await expect(checkout.field('Email')).toHaveValue(shopper.email);
  await expect(checkout.field('Full name')).toHaveValue(shopper.name);
});
