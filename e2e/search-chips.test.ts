import { expect, test } from './fixtures.js';
import { ShopPage } from './pages/shop-pages.js';
import { SiteHeader } from './pages/site-pages.js';

test('a search is understood as removable chips; removing one by keyboard widens the results', async ({ page }) => {
  const header = new SiteHeader(page);
  const shop = new ShopPage(page);
  await page.goto('/');

  await header.search('phones below $650');
  await expect(page).toHaveURL('/shop?q=phones%20below%20%24650');
  await expect(shop.searchChips().getByRole('button')).toHaveText(['Phones', 'under $650']);
  await expect(shop.resultCount()).toHaveText('2 products');
  await expect(shop.productNames()).toHaveText(['Vision Go', 'Vision X']);
  await page.screenshot({ path: '.test-tmp/search-chips-1280.png' });

  // Tab moves from chip to chip; Enter removes one and the keyboard stays among the chips.
  await shop.removeChip('Phones').focus();
  await page.keyboard.press('Tab');
  await expect(shop.removeChip('under $650')).toBeFocused();
  await expect(shop.removeChip('under $650')).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/shop?q=phones%20below%20%24650&ignore=maxPrice');
  await expect(shop.resultCount()).toHaveText('5 products');
  await expect(shop.searchChips().getByRole('button')).toHaveText(['Phones']);
  await expect(shop.removeChip('Phones')).toBeFocused();

  // The last chip gone: every product, and the keyboard goes back to the search box.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/shop?q=phones%20below%20%24650&ignore=maxPrice,category');
  await expect(shop.resultCount()).toHaveText('20 products');
  await expect(shop.searchChips()).toHaveCount(0);
  await expect(header.searchBox()).toBeFocused();

  // Back restores the chips as they were.
  await page.goBack();
  await expect(shop.searchChips().getByRole('button')).toHaveText(['Phones']);
});

test('words that find nothing are left out and said so', async ({ page }) => {
  const shop = new ShopPage(page);
  await shop.open('?q=zebrafish%20cases%20for%20my%20vision%20go');
  await expect(shop.searchChips().getByRole('button')).toHaveText(['Cases', 'fits Vision Go']);
  await expect(
    shop.main().getByText('Nothing matched “zebrafish” as well, so those words were left out.'),
  ).toBeVisible();
  await expect(shop.productNames()).toHaveText(['Vision Go Loop Case']);
});
