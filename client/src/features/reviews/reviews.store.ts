import { createSignal, onCleanup, onMount } from 'solid-js';
import type { ProductDetail } from '../../../../shared/catalog.js';
import type { Order } from '../../../../shared/orders.js';
import type { AppErrorBody, ClientErrorCode, ClientResult } from '../../../../shared/result.js';
import type {
  RatingBreakdown,
  ReviewAddInput,
  ReviewAdded,
  ReviewEligibility,
  Review,
} from '../../../../shared/reviews.js';
import { request, socket } from '../../lib/socket.js';
import { isNewerRating, mergeReviews } from './review-merge.js';

/**
 * One product page's reviews: the summary, the list (newest first, a page at a time) and
 * whether this shopper may write one. Live: `catalog:review-added` reaches the product's room,
 * which the product store joins (`catalog:watch`); every reconnect re-reads the first page and
 * the eligibility, since pushes missed while offline are not replayed and a sign-in or out
 * reconnects the socket as someone else.
 */
export function createReviewsStore(product: Pick<ProductDetail, 'id' | 'slug' | 'rating'>) {
  const productId = product.id;
  const [rating, setRating] = createSignal<RatingBreakdown>(product.rating);
  const [reviews, setReviews] = createSignal<Review[]>([]);
  // The review to continue after: the oldest one loaded, or null once all are here.
  const [nextAfter, setNextAfter] = createSignal<number | null>(null);
  const [loaded, setLoaded] = createSignal(false);
  const [loading, setLoading] = createSignal(false);
  const [listError, setListError] = createSignal<AppErrorBody<ClientErrorCode> | null>(null);
  const [eligibility, setEligibility] = createSignal<ReviewEligibility | null>(null);

  const take = (next: RatingBreakdown, more: Review[]) => {
    if (isNewerRating(rating(), next)) setRating(next);
    setReviews(mergeReviews(reviews(), more));
  };

  async function loadPage(after?: number): Promise<void> {
    setLoading(true);
    const result = await request('reviews:list', after === undefined ? { productId } : { productId, after });
    setLoading(false);
    if (!result.ok) return void setListError(result.error);
    setListError(null);
    // A re-read of the first page must not forget the pages already loaded below it.
    if (after !== undefined || !loaded()) setNextAfter(result.data.nextAfter);
    setLoaded(true);
    take(result.data.rating, result.data.reviews);
  }

  async function checkEligibility(): Promise<void> {
    const result = await request('reviews:eligibility', { productId });
    if (result.ok) setEligibility(result.data);
  }

  async function add(input: ReviewAddInput): Promise<ClientResult<ReviewAdded>> {
    const result = await request('reviews:add', input);
    if (result.ok) {
      take(result.data.rating, [result.data.review]);
      setEligibility({ canReview: false, reason: 'already-reviewed' });
    } else if (result.error.code === 'forbidden' || result.error.code === 'conflict') {
      void checkEligibility(); // the situation changed since the form was shown
    }
    return result;
  }

  const onAdded = (added: ReviewAdded) => {
    if (added.productId === productId) take(added.rating, [added.review]);
  };
  // An order with this product delivered while the page is open: the form may appear.
  const onOrder = (order: Order) => {
    if (order.status === 'delivered' && order.lines.some((l) => l.productSlug === product.slug))
      void checkEligibility();
  };
  const resync = () => {
    void loadPage();
    void checkEligibility();
  };
  socket.on('catalog:review-added', onAdded);
  socket.on('order:updated', onOrder);
  socket.on('connect', resync);
  // Not connected yet: the 'connect' listener reads once the socket is up. On mount, so the
  // product store's `catalog:watch` (an earlier effect) goes first and no push falls between.
  onMount(() => {
    if (socket.connected) resync();
  });
  onCleanup(() => {
    socket.off('catalog:review-added', onAdded);
    socket.off('order:updated', onOrder);
    socket.off('connect', resync);
  });

  return {
    productId,
    rating,
    reviews,
    loaded,
    loading,
    listError,
    eligibility,
    hasMore: () => nextAfter() !== null,
    loadMore: () => {
      const after = nextAfter();
      if (after !== null && !loading()) void loadPage(after);
    },
    retry: () => void loadPage(),
    add,
  };
}

export type ReviewsStore = ReturnType<typeof createReviewsStore>;
