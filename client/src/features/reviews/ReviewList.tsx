import { For, Match, Show, Switch } from 'solid-js';
import type { Review } from '../../../../shared/reviews.js';
import { formatDate, t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { Button } from '../../ui/Button.js';
import { ErrorState } from '../../ui/ErrorState.js';
import { Stars } from '../catalog/Stars.js';
import type { ReviewsStore } from './reviews.store.js';

/** One review. Every part is a text node: whatever a shopper typed is shown, never run as HTML. */
function ReviewItem(props: { review: Review }) {
  return (
    <article class="py-6">
      <Stars
        rating={{ average: props.review.rating, count: 0 }}
        label={t('reviews.rated', { rating: props.review.rating })}
      />
      <Show when={props.review.title}>
        <h4 class="mt-2 font-semibold text-ink">{props.review.title}</h4>
      </Show>
      <p class="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink-soft">
        <span class="font-medium text-ink">{props.review.author}</span>
        <Show when={props.review.verified}>
          <span class="inline-flex items-center gap-1 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent-strong">
            <svg viewBox="0 0 16 16" aria-hidden="true" class="size-3">
              <path
                d="M3 8.5l3 3 7-7"
                fill="none"
                stroke="currentColor"
                stroke-width="2.2"
                stroke-linecap="round"
                stroke-linejoin="round"
              />
            </svg>
            {t('reviews.verified')}
          </span>
        </Show>
        <time datetime={props.review.createdAt}>{formatDate(props.review.createdAt)}</time>
      </p>
      <p class="mt-3 leading-7 break-words whitespace-pre-line text-ink-soft">{props.review.body}</p>
    </article>
  );
}

/** Newest first; more on request. Live additions appear at the top (the store merges them). */
export function ReviewList(props: { store: ReviewsStore }) {
  return (
    <section aria-labelledby="review-list-heading" class="min-w-0">
      <h3 id="review-list-heading" class="text-lg font-bold tracking-tight text-ink">
        {t('reviews.listHeading')}
      </h3>
      <Switch>
        <Match when={props.store.listError() && props.store.reviews().length === 0}>
          <div class="mt-4">
            <ErrorState
              message={errorMessage(props.store.listError()!)}
              onRetry={props.store.retry}
              busy={props.store.loading()}
            />
          </div>
        </Match>
        <Match when={props.store.loaded() && props.store.reviews().length === 0}>
          <p class="mt-3 text-ink-soft">{t('reviews.none')}</p>
        </Match>
      </Switch>
      <ol class="divide-y divide-line">
        <For each={props.store.reviews()}>
          {(review) => (
            <li>
              <ReviewItem review={review} />
            </li>
          )}
        </For>
      </ol>
      <Show when={props.store.hasMore()}>
        <Button variant="secondary" busy={props.store.loading()} onClick={() => props.store.loadMore()} class="mt-2">
          {t('reviews.showMore')}
        </Button>
      </Show>
    </section>
  );
}
