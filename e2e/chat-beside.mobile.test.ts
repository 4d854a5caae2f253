import { expect, test } from './fixtures.js';
import { CartDrawer } from './pages/cart-pages.js';
import { ChatWidget } from './pages/chat-pages.js';
import { CheckoutPage } from './pages/checkout-page.js';
import { interactiveUnder } from './pages/covered.js';
import { scrollPage } from './pages/site-pages.js';

const SHOTS = '.test-tmp/screenshots';

test('[CHATUI3] [CHATUI4] on a phone the launcher covers no button, link or field; a chat card adds to the cart', async ({
  page,
  shopper,
}) => {
  test.setTimeout(240_000);
  expect(shopper.email).toBeTruthy();
  const chat = new ChatWidget(page);
  const cart = new CartDrawer(page);
  const heading = page.getByRole('main').getByRole('heading', { level: 1 });

  async function expectUncovered(path: string, shot: string) {
    await page.goto(path);
    await expect(heading).toBeVisible({ timeout: 15_000 });
    await expect(chat.launcher()).toBeVisible();
    expect(await interactiveUnder(page, chat.launcher()), `the launcher on ${path}`).toEqual([]);
    await scrollPage(page, 'top');
    await page.screenshot({ path: `${SHOTS}/chat-beside-375-${shot}.png` });
  }
  await expectUncovered('/', 'home');
  await expectUncovered('/products/vision-go', 'product');
  await expectUncovered('/account', 'account');
  await expectUncovered('/orders', 'orders');

  // A sticky buy bar (another part of the product page) sets --buy-bar-height: the launcher rises above it.
  await page.goto('/products/vision-go');
  await expect(heading).toBeVisible({ timeout: 15_000 });
  await page.evaluate(() => {
    const bar = document.createElement('div');
    bar.style.cssText = 'position:fixed;inset:auto 0 0 0;height:80px;z-index:20;background:#eee';
    bar.innerHTML = '<button type="button" style="width:100%;height:100%">Add to cart (bar)</button>';
    document.body.append(bar);
    document.body.dataset.buyBar = 'on';
    document.documentElement.style.setProperty('--buy-bar-height', '80px');
  });
  const launcher = (await chat.launcher().boundingBox())!;
  expect(launcher.y + launcher.height).toBeLessThanOrEqual(page.viewportSize()!.height - 80);
  expect(await interactiveUnder(page, chat.launcher())).toEqual([]);

  // The card's "Add to cart" in the full-screen chat.
  await page.reload();
  await expect(heading).toBeVisible({ timeout: 15_000 });
  await chat.launcher().tap();
  await expect(chat.field()).toBeFocused();
  await chat.ask('Tell me about the Vision Go');
  const add = chat.productCard('Vision Go').getByRole('button', { name: 'Add Vision Go to cart' });
  await add.scrollIntoViewIfNeeded();
  await add.tap();
  await expect(chat.productCard('Vision Go').getByRole('status')).toHaveText('Added Vision Go to your cart.');
  await page.screenshot({ path: `${SHOTS}/chat-beside-375-card.png` });
  await chat.closeButton().tap();
  await expect(chat.launcher()).toBeFocused();
  await cart.expectCount(1);

  // Cart and checkout: the launcher is a line at the end of the page, still one tap away.
  await expectUncovered('/cart', 'cart');
  await expectUncovered('/checkout', 'checkout');
  const checkout = new CheckoutPage(page);
  await expect(checkout.placeOrder()).toBeVisible();
  expect(await chat.launcher().evaluate((el) => getComputedStyle(el).position)).not.toBe('fixed');
  await chat.launcher().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/chat-beside-375-checkout-help.png` });
  await chat.launcher().tap();
  await expect(chat.field()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(chat.root).toBeHidden();
  await expect(chat.launcher()).toBeFocused();
});
