import { t } from '../../i18n/index.js';
import { RatingSummary } from './RatingSummary.js';
import { ReviewList } from './ReviewList.js';
import type { ReviewsStore } from './reviews.store.js';
import { WriteReview } from './WriteReview.js';

/** The product page's ratings: the summary and the form beside (or, on a phone, above) the reviews. */
export function ReviewsSection(props: { store: ReviewsStore; slug: string }) {
  return (
    <section id="ratings" aria-labelledby="ratings-heading">
      <h2 id="ratings-heading" class="text-2xl font-bold tracking-tight text-ink">
        {t('reviews.heading')}
      </h2>
      <div class="mt-6 grid gap-12 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)] lg:gap-16">
        <div class="space-y-10">
          <RatingSummary rating={props.store.rating()} />
          <WriteReview store={props.store} slug={props.slug} />
        </div>
        <ReviewList store={props.store} />
      </div>
    </section>
  );
}
