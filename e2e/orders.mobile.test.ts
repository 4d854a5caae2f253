import { expect, test } from './fixtures.js';
import { ConfirmationPage, OrderHistoryPage, OrderPage } from './pages/order-pages.js';
import { expectNoHorizontalScroll } from './pages/site-pages.js';
import { ShopperSocket } from './place-order.js';

test('on a phone the order pages fit the screen', async ({ page, context, baseURL, shopper }) => {
  const shop = await ShopperSocket.open(context, baseURL!);
  const order = await shop.placeOrder(
    [
      { slug: 'vision-x-pro-max-ultra', colour: 'black', storageGb: 1024 },
      { slug: 'usb-c-braided-cable-1m', colour: 'white', quantity: 3 },
    ],
    shopper,
  );
  shop.close();

  // The header keeps the orders link within reach, without scrolling sideways.
  await expectNoHorizontalScroll(page);
  await page
    .getByRole('banner')
    .getByRole('link', { name: /orders/i })
    .tap();
  const history = new OrderHistoryPage(page);
  await expect(history.card(order.number)).toBeVisible();
  await expectNoHorizontalScroll(page);

  const detail = new OrderPage(page);
  await detail.open(order.number);
  await expect(detail.timeline.status()).toBeVisible();
  await expect(detail.items()).toHaveCount(2);
  await expectNoHorizontalScroll(page);

  await new ConfirmationPage(page).open(order.number);
  await expectNoHorizontalScroll(page);
});
