import { expect, test } from './fixtures.js';
import { ProductExtras } from './pages/product-gallery-pages.js';
import { ProductPage } from './pages/shop-pages.js';

test('[PDP1] [PDP3] the gallery: thumbnails by keyboard, colour keeps the view, zoom by keys and Escape back to "Zoom"', async ({
  page,
}) => {
  const product = new ProductPage(page);
  const x = new ProductExtras(page);
  await product.open('vision-go', '?colour=coral');
  const name = 'Vision Go';
  await expect(x.gallery(name).getByRole('button', { name: /^View \d of 4: / })).toHaveCount(4);
  await expect(x.shownThumbnail(name)).toHaveAccessibleName('View 1 of 4: front');
  await expect(x.mainImage(name)).toHaveAccessibleName('Vision Go in Coral');

  await x.thumbnail(name, 'front').focus();
  await page.keyboard.press('ArrowRight');
  await expect(x.thumbnail(name, 'back')).toBeFocused();
  await expect(x.thumbnail(name, 'back')).toHaveAttribute('aria-current', 'true');
  await expect(x.mainImage(name)).toHaveAccessibleName('Vision Go in Coral, back view');
  await expect(x.mainImage(name)).toHaveAttribute('src', /\/images\/vision-go\/coral-back\.svg\?v=[0-9a-f]{10}$/);
  await page.keyboard.press('End');
  await expect(x.thumbnail(name, 'detail')).toBeFocused();
  await page.keyboard.press('ArrowRight'); // wraps round
  await expect(x.thumbnail(name, 'front')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(x.mainImage(name)).toHaveAccessibleName('Vision Go in Coral, side view');

  // Another colour keeps the side view; the image keeps its size (nothing shifts).
  const before = await x.mainImage(name).boundingBox();
  await product.colour('White').check();
  await expect(x.mainImage(name)).toHaveAccessibleName('Vision Go in White, side view');
  expect(await x.mainImage(name).boundingBox()).toEqual(before);

  await x.zoomButton(name).click();
  await expect(x.zoom()).toBeVisible();
  await expect(x.zoom()).toHaveAccessibleName(/^Vision Go: side view, zoomed$/);
  await expect(x.zoomedImage()).toBeFocused();
  await expect(x.zoomLevel()).toHaveText('200%');
  await page.keyboard.press('+');
  await expect(x.zoomLevel()).toHaveText('250%');
  const picture = x.zoom().locator('img');
  const centred = await picture.evaluate((img) => getComputedStyle(img).transform);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => picture.evaluate((img) => getComputedStyle(img).transform)).not.toBe(centred);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(x.zoomLevel()).toHaveText('150%');
  await x.zoom().getByRole('button', { name: 'Zoom in' }).click();
  await expect(x.zoomLevel()).toHaveText('200%');
  await page.keyboard.press('Escape');
  await expect(x.zoom()).toBeHidden();
  await expect(x.zoomButton(name)).toBeFocused();
});

test('[PDP2] "Fits this phone" links to accessories, whose "Works with" links back', async ({ page }) => {
  const product = new ProductPage(page);
  const x = new ProductExtras(page);
  await product.open('vision-go');
  const fits = x.section('Fits this phone');
  await expect(fits.getByRole('link', { name: 'Vision Go Loop Case' })).toBeVisible();
  await expect(fits.getByRole('link', { name: 'Vision X Everyday Case' })).toHaveCount(0);
  await expect(fits.getByText('USB-C Power Delivery: fast-charges it')).toBeVisible();
  await fits.getByRole('link', { name: 'Vision Go Loop Case' }).click();
  await expect(product.heading()).toHaveText('Vision Go Loop Case');
  const worksWith = x.section('Works with');
  await expect(worksWith.getByRole('link')).toHaveCount(1);
  await worksWith.getByRole('link', { name: 'Vision Go', exact: true }).click();
  await expect(product.heading()).toHaveText('Vision Go');
});

test('[PDP6] a product without reviews says "No reviews yet", on its page and its card; one with reviews keeps its stars', async ({
  page,
}) => {
  const product = new ProductPage(page);
  await product.open('usb-c-braided-cable-2m');
  // Beside the heading, where the stars were: words, linking to the reviews section.
  await expect(product.main().getByRole('link', { name: 'No reviews yet', exact: true })).toBeVisible();
  await expect(product.main().getByRole('link', { name: /^Rated / })).toHaveCount(0);
  await page.goto('/shop?q=braided');
  const card = page
    .getByRole('article')
    .filter({ has: page.getByRole('link', { name: 'Braided USB-C to USB-C Cable (2 m, 240 W)' }) });
  await expect(card.getByText('No reviews yet', { exact: true })).toBeVisible();
  await product.open('vision-go');
  await expect(product.main().getByRole('link', { name: /^Rated [\d.]+ out of 5, \d+ reviews?$/ })).toBeVisible();
});

test('[PDP5] the delivery estimate counts down to the cut-off in shop time, then names the next dispatch day', async ({
  page,
}) => {
  // Tuesday 8 December 2026, 11:50 in New York.
  await page.clock.setFixedTime(new Date('2026-12-08T16:50:00Z'));
  const product = new ProductPage(page);
  const x = new ProductExtras(page);
  await product.open('vision-go');
  await expect(x.delivery()).toContainText('Order within 2 h 10 min for dispatch today');
  await expect(x.delivery()).toContainText('Standard delivery Fri, Dec 11 – Tue, Dec 15');
  await expect(x.delivery()).toContainText('Express delivery Wed, Dec 9 – Thu, Dec 10');
  const box = await x.delivery().boundingBox();
  // Friday after the cut-off: Monday's dispatch; the section keeps its size.
  await page.clock.setFixedTime(new Date('2026-12-11T19:30:00Z'));
  await page.reload();
  await expect(x.delivery()).toContainText('Order now for dispatch Mon, Dec 14');
  expect((await x.delivery().boundingBox())?.height).toBe(box?.height);
});

test('[PDP4] recently viewed: newest first, without the current product, on home and product pages, across tabs', async ({
  page,
  context,
}) => {
  const product = new ProductPage(page);
  const x = new ProductExtras(page);
  await product.open('vision-x');
  await expect(x.section('Recently viewed')).toHaveCount(0);
  await product.open('vision-go-loop-case');
  await product.open('vision-buds-pro');
  const recent = x.section('Recently viewed');
  await expect(recent.getByRole('link')).toHaveText(['Vision Go Loop Case', 'Vision X']);

  await page.goto('/');
  await expect(recent.getByRole('link')).toHaveText(['Vision Buds Pro', 'Vision Go Loop Case', 'Vision X']);

  // Another tab opens a product: this tab's list follows (the storage event).
  const other = await context.newPage();
  await new ProductPage(other).open('vision-watch-41mm');
  await expect(recent.getByRole('link').first()).toHaveText('Vision Watch 41 mm');
  await other.close();
});
