import { expect, test } from './fixtures.js';
import { ChatWidget } from './pages/chat-pages.js';
import { expectNoHorizontalScroll, isOnTop } from './pages/site-pages.js';

const SHOTS = '.test-tmp/screenshots';

test('[CHATUI2] on a phone the launcher and the chat fit the screen and work', async ({ page }) => {
  const chat = new ChatWidget(page);
  await page.goto('/');
  await expect(chat.launcher()).toBeVisible();
  expect(await isOnTop(chat.launcher())).toBe(true);
  await expectNoHorizontalScroll(page);

  await chat.launcher().tap();
  await expect(chat.root).toBeVisible();
  // The panel fills the screen: nothing sticks out sideways.
  const box = (await chat.root.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.height).toBeLessThanOrEqual(viewport.height);

  await chat.ask('Tell me about the Vision Go');
  await expect(chat.productCard('Vision Go')).toBeVisible();
  await chat.ask('Add the black 128 GB one to my cart');
  await expect(chat.proposal('Vision Go').getByRole('button', { name: 'Add to cart' })).toBeVisible();
  for (const element of [
    chat.field(),
    chat.sendButton(),
    chat.closeButton(),
    chat.proposal('Vision Go').getByRole('button', { name: 'No thanks' }),
  ]) {
    await element.scrollIntoViewIfNeeded();
    expect(await isOnTop(element), `${element} is on screen and not covered`).toBe(true);
  }
  const widest = await chat.root.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(widest, 'the panel scrolls sideways').toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/chat-375.png` });

  await chat.closeButton().tap();
  await expect(chat.root).toBeHidden();
  await expect(chat.launcher()).toBeFocused();
});
