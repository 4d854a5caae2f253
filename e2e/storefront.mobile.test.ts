import { expect, test } from './fixtures.js';
import { ProductPage, ShopPage, type FilterGroup } from './pages/shop-pages.js';
import { expectNoHorizontalScroll } from './pages/site-pages.js';

const GROUPS: FilterGroup[] = ['Category', 'Colour', 'Storage', 'Price'];

test('on a phone the filters fold behind "Filters", and neither the shop nor a product scrolls sideways', async ({
  page,
}) => {
  const shop = new ShopPage(page);
  await shop.open();
  await expect(shop.productNames().first()).toBeVisible();
  await expect(shop.filtersButton()).toHaveAttribute('aria-expanded', 'false');
  for (const group of GROUPS) await expect(shop.filterGroup(group)).toBeHidden();
  await expectNoHorizontalScroll(page);

  await shop.filtersButton().tap();
  await expect(shop.filtersButton()).toHaveAttribute('aria-expanded', 'true');
  for (const group of GROUPS) await expect(shop.filterGroup(group)).toBeVisible();
  await expectNoHorizontalScroll(page);

  // Filtering keeps the panel open; "Show N products" folds it and returns to the button.
  await shop.facet('Category', 'Phones').tap();
  await expect(page).toHaveURL('/shop?category=phones');
  await expect(shop.facet('Category', 'Phones')).toBeChecked();
  await shop
    .main()
    .getByRole('button', { name: /^Show \d+ products?$/ })
    .tap();
  await expect(shop.filtersButton()).toHaveAttribute('aria-expanded', 'false');
  await expect(shop.filtersButton()).toBeFocused();
  await expect(shop.filterGroup('Category')).toBeHidden();
  await expect(shop.resultCount()).toHaveText(/^\d+ products?$/);
  await expectNoHorizontalScroll(page);

  const name = (await shop.productNames().first().textContent())!;
  await shop.openProduct(name);
  const product = new ProductPage(page);
  await expect(product.heading()).toHaveText(name);
  await expect(product.addToCart()).toBeVisible();
  await expectNoHorizontalScroll(page);
});
