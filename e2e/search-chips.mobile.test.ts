import { expect, test } from './fixtures.js';
import { ShopPage } from './pages/shop-pages.js';
import { expectNoHorizontalScroll } from './pages/site-pages.js';

test('on a phone the search chips wrap without sideways scrolling and a tap removes one', async ({ page }) => {
  const shop = new ShopPage(page);
  await shop.open('?q=cheapest%20black%20charger%20for%20my%20terra');
  await expect(shop.searchChips().getByRole('button')).toHaveText([
    'Chargers',
    'fits Vision X Terra',
    'Black',
    'sorted by lowest price',
  ]);
  await expect(shop.resultCount()).toHaveText('2 products');
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: '.test-tmp/search-chips-375.png' });

  await shop.removeChip('Black').tap();
  await expect(page).toHaveURL('/shop?q=cheapest%20black%20charger%20for%20my%20terra&ignore=colour');
  await expect(shop.resultCount()).toHaveText('3 products');
  await expect(shop.searchChips().getByRole('button')).toHaveText([
    'Chargers',
    'fits Vision X Terra',
    'sorted by lowest price',
  ]);
  await expectNoHorizontalScroll(page);
});
