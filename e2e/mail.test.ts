import { CartDrawer } from './pages/cart-pages.js';
import { CheckoutPage } from './pages/checkout-page.js';
import { ProductPage } from './pages/shop-pages.js';
import { expect, test } from './mailbox.js';
import { emailTranscript } from './mail-transcript-journey.js';

// These journeys fill the whole checkout form or wait for an answer, on a machine that may be busy.
test.describe.configure({ timeout: 60_000 });

const CABLE = { slug: 'usb-c-braided-cable-1m', search: '?colour=black' };

test('[MAIL3] a guest places an order: the receipt arrives by SMTP with the order number, the lines and the total', async ({
  page,
  mailbox,
}) => {
  const email = `e2e-mail-${Date.now().toString(36)}@example.com`;
  const product = new ProductPage(page);
  await product.open(CABLE.slug, CABLE.search);
  const name = (await product.heading().textContent())!.trim();
  await product.addToCart().click();
  const cart = new CartDrawer(page);
  await cart.expectCount(1);
  await cart.dialog().getByRole('link', { name: 'Checkout', exact: true }).click();
  const checkout = new CheckoutPage(page);
  await expect(checkout.heading()).toBeVisible();
  await checkout.fill({
    email,
    phone: '+1 415 555 0100',
    name: 'Robin Vega',
    line1: '1 Market St',
    city: 'San Francisco',
    region: { label: 'State', value: 'CA' },
    postalCode: { label: 'ZIP code', value: '94105' },
    card: { number: '4242 4242 4242 4242', expiry: '12/34', cvc: '123', name: 'Robin Vega' },
  });
  const total = /\$[\d,]+\.\d\d/.exec((await checkout.placeOrder().textContent())!)![0];
  await checkout.placeOrder().click();
  await expect(page).toHaveURL(/\/checkout\/confirmation\/VX-[2-9A-HJ-NP-Z]{8}$/);
  const number = page.url().split('/').at(-1)!;

  const receipt = await mailbox.waitForMail(email, number);
  expect(receipt.subject).toBe(`Your VisionX order ${number}`);
  expect(receipt.from?.text).toContain('shop@visionx.example');
  expect(receipt.messageId).toBe(`<order-receipt:${number}@visionx.example>`);
  expect(receipt.text).toContain(`${name.split(' · ')[0]}`);
  expect(receipt.text).toMatch(new RegExp(`^Total\\s+\\${total}$`, 'm'));
  expect(receipt.text).toContain(`/orders/${number}`);
  expect(receipt.html).toContain(total);
});

test('[MAIL7] a guest emails themselves a conversation’s transcript from the chat; /dev/mail shows it', async ({
  page,
  mailbox,
}) => {
  await emailTranscript(page, mailbox);
});
