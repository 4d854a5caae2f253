import type { RatingBreakdown } from '../shared/reviews.js';
import { expectSameDocument, markDocument } from './fixtures.js';
import { ProductReviews } from './pages/review-pages.js';
import { ShopperSocket, type OrderItem } from './place-order.js';
import { SocketSpy } from './socket-spy.js';
import { expect, test } from './warehouse.js';

// Verified reviews (docs/decisions/006-verified-reviews.md): only a shopper whose order with the
// product was delivered may review it, once. Orders are placed paid; the warehouse delivers them
// (e2e/warehouse.ts) while the product page is open, and the page shows the form as the delivery
// is pushed to it.
const PHONE: OrderItem = { slug: 'vision-x-terra', colour: 'graphite', storageGb: 256 };
const RECEIVED_ONLY = 'Only shoppers who received this product can review it.';

const reviewsWord = (count: number) => (count === 1 ? 'review' : 'reviews');
/** The summary once one more review with `stars` is in: the server's sum, rounded to one decimal. */
function withOneMore(rating: RatingBreakdown, stars: number): RatingBreakdown {
  const distribution = rating.distribution.map((n, i) =>
    i === stars - 1 ? n + 1 : n,
  ) as RatingBreakdown['distribution'];
  const count = distribution.reduce((a, b) => a + b, 0);
  const sum = distribution.reduce((acc, n, i) => acc + n * (i + 1), 0);
  return { average: Math.round((sum / count) * 10) / 10, count, distribution };
}

async function expectSummary(view: ProductReviews, rating: RatingBreakdown) {
  await expect(view.count()).toHaveText(`Based on ${rating.count} ${reviewsWord(rating.count)}`);
  await expect(view.average()).toHaveText(`${rating.average} out of 5`);
  await expect(view.headerRating()).toHaveAccessibleName(
    `Rated ${rating.average} out of 5, ${rating.count} ${reviewsWord(rating.count)}`,
  );
  for (const stars of [1, 2, 3, 4, 5]) {
    const n = rating.distribution[stars - 1] ?? 0;
    await expect(view.starRow(stars)).toHaveText(`${stars} ${stars === 1 ? 'star' : 'stars'}: ${n} ${reviewsWord(n)}`);
  }
}

test('a shopper whose phone was delivered rates and reviews it; another viewer sees it, the average and the count live', async ({
  page,
  context,
  baseURL,
  browser,
  shopper,
  warehouse,
}) => {
  const shop = await ShopperSocket.open(context, baseURL!);
  const { rating: before } = await shop.request('catalog:get', { slug: PHONE.slug });
  const order = await shop.placeOrder([PHONE], shopper);
  await shop.askSupport(`Where is my order ${order.number}?`);
  shop.close();

  const mine = new ProductReviews(page);
  await mine.open(PHONE.slug);
  await expect(mine.write()).toContainText('You can review this product once your order has been delivered.');
  await expect(mine.ratingGroup()).toHaveCount(0);

  // Someone else, a guest in another browser, has the same page open.
  const other = await browser.newContext({ baseURL: baseURL! });
  const theirs = new ProductReviews(await other.newPage());
  await theirs.open(PHONE.slug);
  await expectSummary(theirs, before);
  await markDocument(theirs.page);
  await markDocument(page);

  // The order is delivered while the page is open: the form comes without a reload.
  await warehouse.move(order.number, 'packed', 'shipped', 'delivered');
  await expect(mine.ratingGroup()).toBeVisible();
  await expect(mine.write()).toContainText('Your review will be posted as Robin V., marked “Verified purchase”.');
  const body = 'Two days of battery on a hike, and it shrugged off the rain.';
  await mine.fill({ stars: 4, title: 'Tough, and it lasts', body });
  await expect(mine.stars(4)).toBeChecked();
  await mine.submit().click();
  await expect(mine.thanks()).toHaveText('Thank you! Your review is now on this page.');

  // Both pages: the review on top, marked verified, and the summary counting it.
  const after = withOneMore(before, 4);
  for (const view of [mine, theirs]) {
    const review = view.reviews().first();
    await expect(review).toContainText(body);
    await expect(review.getByRole('heading', { name: 'Tough, and it lasts' })).toBeVisible();
    await expect(review.getByRole('img', { name: 'Rated 4 out of 5' })).toBeVisible();
    await expect(review).toContainText('Robin V.');
    await expect(review).toContainText('Verified purchase');
    await expect(review).not.toContainText('Vega');
    await expectSummary(view, after);
    await expectSameDocument(view.page);
  }
  // The guest is still told who may review.
  await expect(theirs.write()).toContainText(RECEIVED_ONLY);
  await other.close();

  // Once: back on the page later, the shopper is thanked instead of shown the form.
  await page.reload();
  await expect(mine.write()).toContainText('You have already reviewed this product. Thank you!');
  await expect(mine.ratingGroup()).toHaveCount(0);
  await expect(mine.reviews().filter({ hasText: body })).toHaveCount(1);
});

test('bad input (no stars, no text, only spaces, too long) is refused beside its field, sends nothing and changes nothing', async ({
  page,
  context,
  baseURL,
  shopper,
  warehouse,
}) => {
  const shop = await ShopperSocket.open(context, baseURL!);
  const { id: productId } = await shop.request('catalog:get', { slug: PHONE.slug });
  const order = await shop.placeOrder([PHONE], shopper);
  await shop.askSupport(`Where is my order ${order.number}?`);

  const spy = new SocketSpy(page);
  const reviews = new ProductReviews(page);
  await reviews.open(PHONE.slug);
  await warehouse.move(order.number, 'packed', 'shipped', 'delivered');
  await expect(reviews.ratingGroup()).toBeVisible();
  const before = await shop.request('reviews:list', { productId });
  await expectSummary(reviews, before.rating);
  const shown = await reviews.reviews().count();

  // Nothing chosen, nothing written: each field says what it needs, and the focus goes to the first.
  await reviews.submit().click();
  await expect(reviews.formAlert()).toHaveText('Please correct the highlighted fields.');
  await expect(reviews.ratingGroup()).toHaveAccessibleDescription('Choose a rating from 1 to 5 stars.');
  await expect(reviews.stars(1)).toHaveAttribute('aria-invalid', 'true');
  await expect(reviews.stars(1)).toBeFocused();
  await expect(reviews.body()).toHaveAttribute('aria-invalid', 'true');
  await expect(reviews.body()).toHaveAccessibleDescription(
    '0 of 2000 characters (at least 10). Write at least 10 characters.',
  );
  await expect(reviews.title()).not.toHaveAttribute('aria-invalid');

  // Stars chosen, but a title and a review over their limits.
  await reviews.fill({ stars: 5, title: 'T'.repeat(81), body: 'Great. '.repeat(286) });
  await reviews.submit().click();
  await expect(reviews.ratingGroup()).toHaveAccessibleDescription('');
  await expect(reviews.stars(1)).not.toHaveAttribute('aria-invalid');
  await expect(reviews.title()).toHaveAccessibleDescription(
    'Optional, up to 80 characters. Keep the title to 80 characters or fewer.',
  );
  await expect(reviews.title()).toBeFocused();
  await expect(reviews.body()).toHaveAccessibleDescription(
    '2001 of 2000 characters (at least 10). Keep your review to 2000 characters or fewer.',
  );

  // Only spaces and line breaks are no review either.
  await reviews.fill({ title: '', body: '   \n\n   ' });
  await reviews.submit().click();
  await expect(reviews.title()).not.toHaveAttribute('aria-invalid');
  await expect(reviews.body()).toHaveAccessibleDescription(
    '0 of 2000 characters (at least 10). Write at least 10 characters.',
  );
  await expect(reviews.body()).toBeFocused();
  await expect(reviews.formAlert()).toBeVisible();

  // Nothing reached the server, and nothing changed: the form is still there, the summary and list as they were.
  expect(spy.emitted('reviews:add')).toEqual([]);
  await expect(reviews.submit()).toBeEnabled();
  await expectSummary(reviews, before.rating);
  await expect(reviews.reviews()).toHaveCount(shown);
  expect(await shop.request('reviews:list', { productId })).toEqual(before);
  shop.close();
});

test('a shopper who did not buy the phone, and a guest, are told they cannot review it, and the server refuses them', async ({
  page,
  context,
  baseURL,
  browser,
  shopper,
}) => {
  void shopper;
  const reviews = new ProductReviews(page);
  await reviews.open(PHONE.slug);
  await expect(reviews.write()).toContainText(RECEIVED_ONLY);
  await expect(reviews.ratingGroup()).toHaveCount(0);
  await expect(reviews.submit()).toHaveCount(0);
  await expect(reviews.signInLink()).toHaveCount(0);
  // The reviews themselves are for everyone to read.
  await expect(reviews.reviews().first()).toBeVisible();

  // Asking the server directly does not help.
  const shop = await ShopperSocket.open(context, baseURL!);
  const { id: productId } = await shop.request('catalog:get', { slug: PHONE.slug });
  await expect(
    shop.request('reviews:add', { productId, rating: 5, body: 'Never had one, but five stars.' }),
  ).rejects.toThrow(`reviews:add was refused: forbidden {"reason":"review_not_purchased"}`);
  shop.close();

  // A guest is told the same, with the way to sign in and come back to the form.
  const guest = await browser.newContext({ baseURL: baseURL! });
  const guestReviews = new ProductReviews(await guest.newPage());
  await guestReviews.open(PHONE.slug);
  await expect(guestReviews.write()).toContainText(RECEIVED_ONLY);
  await expect(guestReviews.signInLink()).toHaveAttribute(
    'href',
    `/signin?next=${encodeURIComponent(`/products/${PHONE.slug}#write-review`)}`,
  );
  await expect(guestReviews.ratingGroup()).toHaveCount(0);
  await guest.close();
});
