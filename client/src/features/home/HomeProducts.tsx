import { For, Match, Show, Switch } from 'solid-js';
import type { ProductCard as Card, CatalogHome } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { createRemote } from '../../lib/remote.js';
import { request } from '../../lib/socket.js';
import { buttonClass } from '../../ui/Button.js';
import { ErrorState } from '../../ui/ErrorState.js';
import { priceRange } from '../catalog/catalog-format.js';
import { ProductCard, ProductCardSkeleton } from '../catalog/ProductCard.js';
import { Stars } from '../catalog/Stars.js';

const FEATURED_SLOTS = Array.from({ length: 4 });
const SPOTLIGHT =
  'grid items-center gap-6 overflow-hidden rounded-3xl bg-mist p-6 sm:grid-cols-[minmax(0,18rem)_1fr] sm:gap-10 sm:p-10';
const BONE = 'rounded bg-line/80';

function NewestPhone(props: { product: Card }) {
  return (
    <div class={SPOTLIGHT}>
      <img
        src={props.product.image}
        alt=""
        width="288"
        height="288"
        class="mx-auto aspect-square w-full max-w-72 object-contain"
      />
      <div>
        <h3 class="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{props.product.name}</h3>
        <p class="mt-3 max-w-xl text-lg text-ink-soft">{props.product.tagline}</p>
        <Stars rating={props.product.rating} class="mt-3" />
        <p class="mt-4 text-xl font-semibold text-ink">
          {priceRange(props.product.priceFromCents, props.product.priceToCents)}
        </p>
        <a href={`/products/${props.product.slug}`} class={`${buttonClass('primary')} mt-6`}>
          {t('home.newestCta', { name: props.product.name })}
        </a>
      </div>
    </div>
  );
}

function NewestPhoneSkeleton() {
  return (
    <div class={`${SPOTLIGHT} motion-safe:animate-pulse`} aria-hidden="true">
      <div class="mx-auto aspect-square w-full max-w-72 rounded-2xl bg-line/50" />
      <div>
        <div class={`${BONE} h-9 w-2/3 sm:h-10`} />
        <div class={`${BONE} mt-4 h-6 w-full max-w-xl`} />
        <div class={`${BONE} mt-4 h-4 w-24`} />
        <div class={`${BONE} mt-5 h-7 w-32`} />
        <div class="mt-6 h-11 w-44 rounded-full bg-line/80" />
      </div>
    </div>
  );
}

/** The spotlight already shows the newest phone; the grid shows the others. */
const featured = (home: CatalogHome) => home.featured.filter((p) => p.id !== home.newestPhone?.id);

/** "Newest phone" and "Featured" from `catalog:home`, with skeletons of the same size meanwhile. */
export function HomeProducts() {
  const home = createRemote(
    () => 'home',
    () => request('catalog:home', {}),
  );

  return (
    <div class="mx-auto max-w-6xl space-y-16 px-4 pb-16 sm:px-6" aria-busy={home.loading()}>
      <Switch>
        <Match when={home.error()}>
          {(error) => <ErrorState message={errorMessage(error())} onRetry={home.retry} busy={home.loading()} />}
        </Match>
        <Match when={true}>
          <Show when={!home.data() || home.data()!.newestPhone}>
            <section aria-labelledby="newest-heading">
              <h2 id="newest-heading" class="text-sm font-semibold tracking-wide text-accent uppercase">
                {t('home.newestHeading')}
              </h2>
              <div class="mt-4">
                <Show when={home.data()?.newestPhone} fallback={<NewestPhoneSkeleton />}>
                  {(phone) => <NewestPhone product={phone()} />}
                </Show>
              </div>
            </section>
          </Show>
          <section aria-labelledby="featured-heading">
            <div class="flex flex-wrap items-end justify-between gap-3">
              <h2 id="featured-heading" class="text-3xl font-bold tracking-tight text-ink sm:text-4xl">
                {t('home.featuredHeading')}
              </h2>
              <a href="/shop" class="font-semibold text-accent underline-offset-4 hover:underline">
                {t('home.allProducts')}
              </a>
            </div>
            <ul class="mt-6 grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-4">
              <Show
                when={home.data()}
                fallback={
                  <For each={FEATURED_SLOTS}>
                    {() => (
                      <li>
                        <ProductCardSkeleton />
                      </li>
                    )}
                  </For>
                }
              >
                {(data) => (
                  <For each={featured(data())}>
                    {(product) => (
                      <li>
                        <ProductCard product={product} heading="h3" />
                      </li>
                    )}
                  </For>
                )}
              </Show>
            </ul>
          </section>
        </Match>
      </Switch>
    </div>
  );
}
