import { For, Show } from 'solid-js';
import type { ProductDetail } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';
import { Stars } from '../catalog/Stars.js';

const STARS_DESC = [5, 4, 3, 2, 1] as const;

/** The average, the count, and one bar per star level with its number in words (the section gives the heading). */
export function RatingSummary(props: { rating: ProductDetail['rating'] }) {
  const share = (count: number) => `${(count / Math.max(1, props.rating.count)) * 100}%`;
  return (
    <Show
      when={props.rating.count > 0 && props.rating.average !== null}
      fallback={<p class="text-ink-soft">{t('product.noReviews')}</p>}
    >
      <div class="flex flex-wrap items-start gap-x-10 gap-y-6">
        <div>
          <p class="text-5xl font-bold tracking-tight text-ink">
            <span aria-hidden="true">{props.rating.average}</span>
            <span class="sr-only">{t('product.average', { average: props.rating.average! })}</span>
          </p>
          <Stars rating={props.rating} class="mt-2" />
          <p class="mt-1 text-sm text-ink-soft">{t('product.reviewCount', { count: props.rating.count })}</p>
        </div>
        <ol class="min-w-0 flex-1 basis-64 space-y-2">
          <For each={STARS_DESC}>
            {(stars) => {
              const count = () => props.rating.distribution[stars - 1] ?? 0;
              return (
                <li class="flex items-center gap-3 text-sm">
                  <span class="sr-only">
                    {t('product.starRow', { stars: t('product.stars', { count: stars }), count: count() })}
                  </span>
                  <span aria-hidden="true" class="w-14 shrink-0 text-ink-soft">
                    {t('product.stars', { count: stars })}
                  </span>
                  <span aria-hidden="true" class="h-2.5 flex-1 overflow-hidden rounded-full bg-mist">
                    <span class="block h-full rounded-full bg-amber-500" style={{ width: share(count()) }} />
                  </span>
                  <span aria-hidden="true" class="w-8 shrink-0 text-right text-ink tabular-nums">
                    {count()}
                  </span>
                </li>
              );
            }}
          </For>
        </ol>
      </div>
    </Show>
  );
}
