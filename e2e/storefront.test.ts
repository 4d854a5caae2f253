import { readFileSync } from 'node:fs';
import type { WebSocketRoute } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { ProductPage, ShopPage } from './pages/shop-pages.js';
import { ShopperSocket } from './place-order.js';
import { SiteHeader } from './pages/site-pages.js';
import { SocketSpy, UNTIL_IT_HAPPENS } from './socket-spy.js';

/** data/catalog.json as the server seeded it (each run starts from a fresh database). */
interface CatalogFileProduct {
  slug: string;
  name: string;
  colours: { key: string; name: string }[];
  variants: { colour: string; storageGb: number | null; stock: number }[];
}
const catalog = JSON.parse(readFileSync('data/catalog.json', 'utf8')) as { products: CatalogFileProduct[] };

test('a shopper searches, filters, sorts, picks a variant, and the back button restores the list', async ({
  page,
  context,
  baseURL,
}) => {
  const header = new SiteHeader(page);
  const shop = new ShopPage(page);
  const product = new ProductPage(page);
  await page.goto('/');

  // Suggestions appear while typing; Enter without choosing one searches the shop.
  await header.searchBox().pressSequentially('vision');
  await expect(header.searchBox()).toHaveAttribute('aria-expanded', 'true');
  await expect(header.suggestions().getByRole('option').first()).toContainText(/Vision/);
  await header.searchBox().press('Enter');
  await expect(page).toHaveURL('/shop?q=vision');
  await expect(header.suggestions()).toBeHidden();
  await expect(shop.resultCount()).toHaveText(/^\d+ products$/);
  // On a wide screen the filters are a sidebar, not behind a button.
  await expect(shop.filtersButton()).toBeHidden();

  // Filter by colour, then by price: each writes the URL.
  await shop.facet('Colour', 'Sand').check();
  await expect(page).toHaveURL('/shop?q=vision&colour=sand');
  await shop.setPrice({ max: '700' });
  await expect(page).toHaveURL('/shop?q=vision&colour=sand&maxPrice=700');

  await shop.sortBy().selectOption({ label: 'Price: high to low' });
  await expect(page).toHaveURL('/shop?q=vision&colour=sand&maxPrice=700&sort=price-desc');
  // The URL changes before the list does, and the unsorted list stays while the sorted one loads:
  // wait for the list the server answers for this URL, in its order, before reading prices.
  const server = await ShopperSocket.open(context, baseURL!);
  const sorted = await server.request('catalog:list', {
    q: 'vision',
    colour: ['sand'],
    maxPrice: 70_000,
    sort: 'price-desc',
  });
  server.close();
  await expect(shop.productNames()).toHaveText(sorted.items.map((item) => item.name));
  const prices = await shop.cardPrices();
  expect(prices).toContain(699);
  expect(
    prices.every((p) => p <= 700),
    `prices ${prices} within the filter`,
  ).toBe(true);
  expect(prices).toEqual([...prices].sort((a, b) => b - a));
  await expect(shop.productNames().first()).toHaveText('Vision X Terra');
  const listUrl = page.url();
  const names = await shop.productNames().allTextContents();

  // The product opens in the colour filtered by; in Sand only 512 GB is in stock.
  await shop.openProduct('Vision X Terra');
  await expect(page).toHaveURL('/products/vision-x-terra?colour=sand');
  await expect(page).toHaveTitle('Vision X Terra · VisionX');
  await expect(product.breadcrumb().getByRole('link')).toHaveText(['Home', 'Shop', 'Phones']);
  await expect(product.breadcrumb().locator('[aria-current="page"]')).toHaveText('Vision X Terra');
  await expect(product.colour('Sand')).toBeChecked();
  await expect(product.storage('512 GB')).toBeChecked();
  await expect(product.storage('256 GB — out of stock in Sand')).toBeDisabled();
  await expect(product.image('Vision X Terra')).toHaveAttribute('src', /\/sand\.svg/);
  await expect(product.main()).toContainText('$799.00');

  // Another colour: the photo follows, the size is kept. Another size: the price follows.
  await product.colour('Graphite').check();
  await expect(product.image('Vision X Terra')).toHaveAccessibleName('Vision X Terra in Graphite');
  await expect(product.image('Vision X Terra')).toHaveAttribute('src', /\/graphite\.svg/);
  await expect(product.storage('512 GB')).toBeChecked();
  await product.storage('256 GB').check();
  await expect(product.main()).toContainText('$699.00');
  await expect(product.main()).not.toContainText('$799.00');
  await expect(page).toHaveURL('/products/vision-x-terra?colour=graphite&storage=256');
  await expect(product.addToCart()).toBeEnabled();

  // Back leaves the product (variant changes replaced the entry) and shows the same list.
  await page.goBack();
  await expect(page).toHaveURL(listUrl);
  await expect(shop.facet('Colour', 'Sand')).toBeChecked();
  await expect(shop.maxPrice()).toHaveValue('700');
  await expect(shop.sortBy()).toHaveValue('price-desc');
  await expect(shop.productNames()).toHaveText(names);
});

test('the search suggestions work from the keyboard', async ({ page }) => {
  const header = new SiteHeader(page);
  await page.goto('/about');

  await header.searchBox().pressSequentially('terra');
  const terra = header.suggestion(/^Vision X Terra/);
  await expect(terra).toBeVisible();
  await expect(terra.getByRole('img')).toHaveCount(0); // the thumbnail is decorative: alt=""
  await header.searchBox().press('ArrowDown');
  await expect(terra).toHaveAttribute('aria-selected', 'true');
  await expect(header.searchBox()).toHaveAttribute('aria-activedescendant', (await terra.getAttribute('id'))!);

  await header.searchBox().press('Escape');
  await expect(header.suggestions()).toBeHidden();
  await expect(header.searchBox()).toHaveAttribute('aria-expanded', 'false');
  await expect(header.searchBox()).toHaveValue('terra');

  await header.searchBox().press('ArrowDown');
  await expect(terra).toHaveAttribute('aria-selected', 'true');
  await header.searchBox().press('Enter');
  await expect(page).toHaveURL('/products/vision-x-terra');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vision X Terra');
});

test('an empty result offers other searches; bad values in a link are ignored; pages are links', async ({ page }) => {
  const shop = new ShopPage(page);
  await shop.open('?q=xyzzyq&colour=black');
  await expect(shop.resultCount()).toHaveText('0 products');
  await expect(shop.results().getByRole('heading', { name: 'No products match' })).toBeVisible();
  await shop.results().getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL('/shop?q=xyzzyq');
  const suggestion = shop.results().getByRole('link').first();
  const suggested = (await suggestion.textContent())!;
  await suggestion.click();
  await expect(page).toHaveURL(`/shop?q=${encodeURIComponent(suggested)}`);
  await expect(shop.productNames().first()).toBeVisible();

  await shop.open('?sort=cheapest&page=zero&minPrice=abc&category=toasters&inStock=maybe');
  await expect(shop.resultCount()).toHaveText(`${catalog.products.length} products`);
  await expect(shop.sortBy()).toHaveValue('relevance');

  await shop.pagination().getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL('/shop?page=2');
  await expect(shop.pagination().getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await shop.facet('Category', 'Cases').check();
  await expect(page).toHaveURL('/shop?category=cases');
});

test('a product page shows its stock: "Only N left", "Out of stock", sold-out sizes disabled', async ({ page }) => {
  const product = new ProductPage(page);
  const sized = catalog.products.filter((p) => p.variants.some((v) => v.storageGb !== null));
  const soldOut = sized.flatMap((p) => p.variants.filter((v) => v.stock === 0).map((v) => ({ p, v })))[0];
  const low = sized.flatMap((p) => p.variants.filter((v) => v.stock > 1 && v.stock < 5).map((v) => ({ p, v })))[0];
  expect(soldOut && low, 'the catalog has a sold-out and a low-stock sized variant').toBeTruthy();

  await product.open(soldOut!.p.slug, `?colour=${soldOut!.v.colour}&storage=${soldOut!.v.storageGb}`);
  await expect(product.stock()).toHaveText('Out of stock');
  const colourName = soldOut!.p.colours.find((c) => c.key === soldOut!.v.colour)!.name;
  await expect(product.storage(new RegExp(`— out of stock in ${colourName}$`))).toBeChecked();
  await expect(product.quantity()).toBeDisabled();

  await product.open(low!.p.slug, `?colour=${low!.v.colour}&storage=${low!.v.storageGb}`);
  await expect(product.stock()).toHaveText(`Only ${low!.v.stock} left`);
  // The quantity stops at the stock.
  const more = product.main().getByRole('button', { name: 'Increase quantity' });
  for (let i = 1; i < low!.v.stock; i++) await more.click();
  await expect(product.quantity()).toHaveValue(String(low!.v.stock));
  await expect(more).toBeDisabled();
});

test('live stock: newer pushes are applied and read out, stale ones dropped; a reconnect watches again', async ({
  page,
}) => {
  const spy = new SocketSpy(page);
  const product = new ProductPage(page);
  // Nothing on the server changes stock yet (the cart will), so the pushes are injected into
  // the real connection; everything else runs against the server.
  const sockets: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    ws.connectToServer();
    sockets.push(ws);
  });
  await product.open('vision-x-terra', '?colour=forest-green&storage=512');
  await expect(product.stock()).toHaveText('Only 1 left');
  const detail = spy.lastAck('catalog:get') as {
    data: { id: number; variants: { id: number; colour: string; storageGb: number; stockVersion: number }[] };
  };
  const variant = (colour: string, gb: number) =>
    detail.data.variants.find((v) => v.colour === colour && v.storageGb === gb)!;
  const [chosen, other] = [variant('forest-green', 512), variant('forest-green', 256)];
  const productId = detail.data.id;
  await expect.poll(() => spy.emitted('catalog:watch'), UNTIL_IT_HAPPENS).toEqual([{ productId }]);
  await expect.poll(() => spy.upgrades(), UNTIL_IT_HAPPENS).toBe(1);
  const push = (variantId: number, stock: number, version: number) =>
    sockets.at(-1)!.send(`42${JSON.stringify(['catalog:stock-changed', { productId, variantId, stock, version }])}`);

  push(chosen.id, 3, chosen.stockVersion + 2);
  await expect(product.stock()).toHaveText('Only 3 left');
  // A stale push (lower version), then a newer one for the other size: once the second shows,
  // the first has been handled, and it changed nothing.
  push(chosen.id, 0, chosen.stockVersion + 1);
  push(other.id, 0, other.stockVersion + 1);
  await expect(product.storage('256 GB — out of stock in Forest Green')).toBeDisabled();
  await expect(product.stock()).toHaveText('Only 3 left');
  push(chosen.id, 0, chosen.stockVersion + 3);
  await expect(product.stock()).toHaveText('Out of stock');

  // The server forgets rooms with a connection: the page watches again after reconnecting.
  sockets.at(-1)!.close();
  await expect.poll(() => spy.emitted('catalog:watch').length, UNTIL_IT_HAPPENS).toBe(2);

  await product.breadcrumb().getByRole('link', { name: 'Shop' }).click();
  await expect.poll(() => spy.emitted('catalog:unwatch'), UNTIL_IT_HAPPENS).toEqual([{ productId }]);
});
