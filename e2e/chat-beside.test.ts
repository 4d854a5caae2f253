import { expect, test } from './fixtures.js';
import { CartDrawer } from './pages/cart-pages.js';
import { ChatWidget } from './pages/chat-pages.js';
import { ShopPage } from './pages/shop-pages.js';
import { scrollPage } from './pages/site-pages.js';

const SHOTS = '.test-tmp/screenshots';

test('[CHATUI1] [CHATUI4] [CHATUI6] the chat sits beside the page: the shop stays usable, a card adds to the cart, Escape closes', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const chat = new ChatWidget(page);
  const cart = new CartDrawer(page);
  const shop = new ShopPage(page);
  await page.goto('/shop');
  await expect(shop.heading()).toBeVisible();
  await cart.expectCount(0);
  const tab2 = await context.newPage();
  const cart2 = new CartDrawer(tab2);
  await tab2.goto('/about');
  await cart2.expectCount(0);

  // Opening: a labelled landmark beside the page, the launcher says it is open, focus in the field.
  await expect(chat.launcher()).toHaveAttribute('aria-expanded', 'false');
  await chat.open();
  await expect(chat.field()).toBeFocused();
  await expect(page.getByRole('complementary', { name: 'Chat with VisionX' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(chat.launcher()).toHaveAttribute('aria-expanded', 'true');
  const panelId = await chat.root.getAttribute('id');
  expect(panelId).toBeTruthy();
  await expect(chat.launcher()).toHaveAttribute('aria-controls', panelId!);

  // The page behind is neither dimmed nor locked: it scrolls.
  expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).not.toBe('hidden');
  await page.mouse.move(200, 400);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  // Ask about a phone: times on both messages; the card adds the variant it names.
  await chat.ask('Tell me about the Vision Go');
  const shopperTime = chat.shopperMessage('Tell me about the Vision Go').locator('time');
  await expect(shopperTime).toHaveText(/^\d{1,2}:\d{2}\s?[AP]M$/);
  await expect(shopperTime).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(shopperTime).toHaveAttribute('title', /\d{4}/);
  await expect(chat.answers().first().locator('time')).toHaveText(/^\d{1,2}:\d{2}\s?[AP]M$/);
  const card = chat.productCard('Vision Go');
  await expect(card).toContainText('Adds Black, 128 GB · $349.00');
  await card.getByRole('button', { name: 'Add Vision Go to cart' }).click();
  await expect(card.getByRole('status')).toHaveText('Added Vision Go to your cart.');
  await cart.expectCount(1);
  await cart2.expectCount(1);
  // No cart drawer covers the page: the chat stays in charge of where focus is.
  await expect(cart.dialog()).toHaveCount(0);

  // Click a product on the page behind: it opens, the chat stays open beside it.
  await scrollPage(page, 'top');
  const product = shop.results().getByRole('link').first();
  const name = (await product.innerText()).trim();
  await product.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(chat.root).toBeVisible();
  await expect(chat.shopperMessage('Tell me about the Vision Go')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/chat-beside-1280.png` });

  // No focus trap: Tab from the field goes on out of the panel, into the page.
  await chat.field().focus();
  let left = false;
  for (let i = 0; i < 6 && !left; i++) {
    await page.keyboard.press('Tab');
    left = await chat.root.evaluate(
      (el) => !el.contains(document.activeElement) && document.activeElement !== document.body,
    );
  }
  expect(left, 'Tab leaves the panel').toBe(true);

  // Escape from inside closes it, focus back on the launcher; the launcher opens it again.
  await chat.field().focus();
  await page.keyboard.press('Escape');
  await expect(chat.root).toBeHidden();
  await expect(chat.launcher()).toBeFocused();
  await expect(chat.launcher()).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(chat.field()).toBeFocused();
  // The launcher also closes it.
  await chat.launcher().click();
  await expect(chat.root).toBeHidden();
  await tab2.close();
});
