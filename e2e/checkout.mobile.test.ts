import { expect, test } from './fixtures.js';
import { CartDrawer } from './pages/cart-pages.js';
import { CheckoutPage } from './pages/checkout-page.js';
import { ProductPage } from './pages/shop-pages.js';
import { expectNoHorizontalScroll } from './pages/site-pages.js';

test('on a phone the checkout form fits the screen and "Place order" can be reached', async ({ page }) => {
  const product = new ProductPage(page);
  await product.open('usb-c-braided-cable-1m', '?colour=black');
  await product.addToCart().tap();
  await new CartDrawer(page).expectCount(1);

  const checkout = new CheckoutPage(page);
  await checkout.open();
  await expect(checkout.summary()).toBeVisible();
  await expectNoHorizontalScroll(page);

  // Reached by scrolling down, and pressing it with nothing filled in shows the errors, still without sideways scrolling.
  await checkout.placeOrder().scrollIntoViewIfNeeded();
  await expect(checkout.placeOrder()).toBeInViewport();
  await checkout.placeOrder().tap();
  await expect(checkout.errorSummary()).toBeVisible();
  await expect(checkout.field('Email')).toBeFocused();
  await expectNoHorizontalScroll(page);

  // The form's widest rows (the card's expiry and code side by side, the method cards) stay inside the screen.
  const width = page.viewportSize()!.width;
  for (const control of [checkout.field('Security code'), checkout.field('Card number'), checkout.placeOrder()]) {
    const box = (await control.boundingBox())!;
    expect(box.x + box.width, 'inside the screen').toBeLessThanOrEqual(width);
  }
});
