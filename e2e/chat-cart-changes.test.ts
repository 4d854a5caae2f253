import { expect, test } from './fixtures.js';
import { CartDrawer } from './pages/cart-pages.js';
import { ChatWidget } from './pages/chat-pages.js';

// [CART2] A change in place is two cards: add the new option, remove the old one; the cart changes only as each is confirmed.
test('a shopper changes the colour of the phone in the cart from the chat, confirming both cards', async ({
  page,
  shopper,
}) => {
  test.setTimeout(90_000);
  void shopper;
  const chat = new ChatWidget(page);
  const cart = new CartDrawer(page);

  await chat.open();
  await chat.ask('Add the Vision Go in coral with 128 GB to my cart');
  await chat.proposal('Vision Go').getByRole('button', { name: 'Add to cart' }).click();
  await cart.expectCount(1);

  await chat.ask('Actually, can you change the phone in my cart to lilac?');
  const add = chat.root.getByRole('article', { name: 'Add to your cart? Vision Go' }).last();
  const remove = chat.root.getByRole('article', { name: 'Remove from your cart? Vision Go' });
  await expect(add).toContainText('Lilac, 128 GB');
  await expect(remove).toContainText('Coral, 128 GB');
  await expect(chat.answers().last()).toContainText('Confirm both cards');
  await cart.expectCount(1);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: '.test-tmp/screenshots/chat-swap-375.png' });
  await page.setViewportSize({ width: 1280, height: 800 });

  await add.getByRole('button', { name: 'Add to cart' }).click();
  await expect(add).toContainText('Added to your cart.');
  await cart.expectCount(2);
  await remove.getByRole('button', { name: 'Remove from cart' }).click();
  await expect(remove).toContainText('Removed from your cart.');
  await cart.expectCount(1);

  await chat.closeButton().click();
  await cart.open();
  await expect(cart.line('Vision Go')).toHaveAccessibleName(/Lilac, 128 GB/);
});
