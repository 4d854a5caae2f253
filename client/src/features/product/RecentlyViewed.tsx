import { createMemo, For, Show } from 'solid-js';
import { othersThan } from '../../../../shared/recently-viewed.js';
import { t } from '../../i18n/index.js';
import { createRemote } from '../../lib/remote.js';
import { request } from '../../lib/socket.js';
import { ProductCard, ProductCardSkeleton } from '../catalog/ProductCard.js';
import { recentlyViewed } from './recently-viewed.store.js';

/**
 * "Recently viewed" ([PDP4]) on the home and product pages: the products this browser opened,
 * newest first, without `current`. The cards come over the socket (`catalog:cards`); while they
 * load, skeletons of the cards' size hold their place. With nothing viewed, nothing shows.
 */
export function RecentlyViewed(props: { current?: string; class?: string }) {
  const slugs = createMemo(() => othersThan(recentlyViewed(), props.current), undefined, {
    equals: (a, b) => a.join() === b.join(),
  });
  const cards = createRemote(
    () => (slugs().length ? slugs() : null),
    (list) => request('catalog:cards', { slugs: list }),
    { keepPrevious: true },
  );
  const shown = () => cards.data() ?? [];
  return (
    <Show when={slugs().length}>
      <section aria-labelledby="recent-heading" class={props.class} aria-busy={cards.loading()}>
        <h2 id="recent-heading" class="text-2xl font-bold tracking-tight text-ink">
          {t('pdp.recent.heading')}
        </h2>
        <ul class="mt-6 grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-4">
          <Show
            when={cards.data()}
            fallback={
              <For each={slugs()}>
                {() => (
                  <li>
                    <ProductCardSkeleton />
                  </li>
                )}
              </For>
            }
          >
            <For each={shown()}>
              {(product) => (
                <li>
                  <ProductCard product={product} heading="h3" />
                </li>
              )}
            </For>
          </Show>
        </ul>
      </section>
    </Show>
  );
}
