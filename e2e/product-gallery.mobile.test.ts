import { expect, test } from './fixtures.js';
import { CartDrawer } from './pages/cart-pages.js';
import { ProductExtras } from './pages/product-gallery-pages.js';
import { expectNoHorizontalScroll, scrollPage } from './pages/site-pages.js';
import { ProductPage } from './pages/shop-pages.js';

test('[PDP7] at 375 px the buy bar stays at the bottom, tells the page its height, and adds to the cart', async ({
  page,
}) => {
  const product = new ProductPage(page);
  const x = new ProductExtras(page);
  const cart = new CartDrawer(page);
  await product.open('vision-go', '?colour=coral');
  const bar = x.buyBar('Vision Go');
  await expect(bar).toBeVisible();
  await expect(bar).toContainText('$349.00');
  await expect(page.locator('body')).toHaveAttribute('data-buy-bar', 'on');
  const exposed = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--buy-bar-height'),
  );
  const box = (await bar.boundingBox())!;
  expect(exposed).toBe(`${box.height}px`);
  const viewport = page.viewportSize()!;
  expect(box.y + box.height).toBeCloseTo(viewport.height, 0);

  // Scrolled to the very end, the bar still shows and covers nothing of the footer.
  await scrollPage(page, 'end');
  await expect(bar).toBeInViewport();
  const footer = (await page.getByRole('contentinfo').boundingBox())!;
  expect(footer.y + footer.height).toBeLessThanOrEqual(box.y + 1);
  await expectNoHorizontalScroll(page);

  await bar.getByRole('button', { name: 'Add to cart' }).tap();
  await expect(cart.dialog()).toBeVisible();
  await expect(cart.line('Vision Go')).toBeVisible();
  await cart.expectCount(1);
  await cart.closeButton().tap();

  // Leaving the product page takes the bar and its signals away.
  await page.goto('/shop');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(bar).toHaveCount(0);
  await expect(page.locator('body')).not.toHaveAttribute('data-buy-bar', 'on');
});

test('[PDP1] [PDP3] at 375 px the gallery works by touch: thumbnails, zoom buttons, a drag, close', async ({
  page,
}) => {
  const product = new ProductPage(page);
  const x = new ProductExtras(page);
  await product.open('vision-go', '?colour=coral');
  const name = 'Vision Go';
  await x.thumbnail(name, 'detail').tap();
  await expect(x.thumbnail(name, 'detail')).toHaveAttribute('aria-current', 'true');
  await expect(x.mainImage(name)).toHaveAccessibleName('Vision Go in Coral, detail view');
  await expectNoHorizontalScroll(page);

  await x.zoomButton(name).tap();
  await expect(x.zoom()).toBeVisible();
  const frame = (await x.zoomedImage().boundingBox())!;
  expect(frame.width).toBeLessThanOrEqual(375);
  await x.zoom().getByRole('button', { name: 'Zoom in' }).tap();
  await expect(x.zoomLevel()).toHaveText('250%');
  const picture = x.zoom().locator('img');
  const before = await picture.evaluate((img) => getComputedStyle(img).transform);
  // A drag pans (pointer events, as a finger sends them).
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width / 2 - 60, frame.y + frame.height / 2 - 40, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => picture.evaluate((img) => getComputedStyle(img).transform)).not.toBe(before);
  await x.zoom().getByRole('button', { name: 'Close zoom' }).tap();
  await expect(x.zoom()).toBeHidden();
  await expect(x.zoomButton(name)).toBeFocused();
});
