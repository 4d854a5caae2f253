import { For, Match, Show, Switch } from 'solid-js';
import type { CatalogPage } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import type { Remote } from '../../lib/remote.js';
import { Button } from '../../ui/Button.js';
import { ErrorState } from '../../ui/ErrorState.js';
import { ProductCard, ProductCardSkeleton } from '../catalog/ProductCard.js';
import { Pagination } from './Pagination.js';
import { hasFilters, parseShopQuery, shopHref, withoutFilters, type ShopState } from './shop-query.js';

const GRID = 'grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-3';
const SKELETONS = Array.from({ length: 6 });

function EmptyResults(props: { state: ShopState; suggestions: string[]; onClear: () => void }) {
  return (
    <div class="rounded-2xl border border-dashed border-line px-6 py-12 text-center">
      <h2 class="text-xl font-semibold text-ink">{t('shop.empty.heading')}</h2>
      <p class="mt-2 text-ink-soft">{t('shop.empty.body')}</p>
      <Show when={props.suggestions.length}>
        <p class="mt-6 text-sm font-semibold text-ink">{t('shop.empty.suggestions')}</p>
        <ul class="mt-2 flex flex-wrap justify-center gap-2">
          <For each={props.suggestions}>
            {(q) => (
              <li>
                <a
                  href={shopHref({ ...parseShopQuery({}), q })}
                  class="inline-flex min-h-11 items-center rounded-full bg-mist px-4 text-sm font-medium text-ink underline-offset-4 hover:underline"
                >
                  {q}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Button class="mt-8" onClick={() => props.onClear()}>
        {t('shop.clearFilters')}
      </Button>
    </div>
  );
}

/** The grid and its states: skeleton, error with retry, empty, a page past the end. */
export function ShopResults(props: {
  state: ShopState;
  listing: Remote<CatalogPage>;
  onChange: (next: ShopState) => void;
}) {
  const page = () => props.listing.data();
  const onlyColour = () => (props.state.colour.length === 1 ? props.state.colour[0] : undefined);
  // With filters set, clearing them keeps the search; with none, it clears the search too.
  const clear = () => props.onChange(hasFilters(props.state) ? withoutFilters(props.state) : parseShopQuery({}));

  return (
    <section aria-label={t('shop.results')} aria-busy={props.listing.loading()} class="min-w-0">
      <Switch>
        <Match when={props.listing.error()}>
          {(error) => (
            <ErrorState
              message={error().code === 'bad_request' ? t('shop.badQuery') : errorMessage(error())}
              onRetry={props.listing.retry}
              busy={props.listing.loading()}
            >
              <Show when={error().code === 'bad_request'}>
                <Button onClick={clear}>{t('shop.clearFilters')}</Button>
              </Show>
            </ErrorState>
          )}
        </Match>
        <Match when={!page()}>
          <ul class={GRID}>
            <For each={SKELETONS}>
              {() => (
                <li>
                  <ProductCardSkeleton />
                </li>
              )}
            </For>
          </ul>
        </Match>
        <Match when={page()!.total === 0}>
          <EmptyResults state={props.state} suggestions={page()!.suggestions} onClear={clear} />
        </Match>
        <Match when={page()!.items.length === 0}>
          <div class="rounded-2xl border border-dashed border-line px-6 py-12 text-center">
            <p class="text-ink">{t('shop.pastEnd')}</p>
            <a
              href={shopHref({ ...props.state, page: 1 })}
              class="mt-4 inline-block font-semibold text-accent underline underline-offset-4"
            >
              {t('shop.firstPage')}
            </a>
          </div>
        </Match>
        <Match when={page()}>
          {(current) => (
            <div class={`transition-opacity ${props.listing.loading() ? 'opacity-60' : ''}`}>
              <ul class={GRID}>
                <For each={current().items}>
                  {(product, index) => (
                    <li>
                      <ProductCard product={product} eager={index() < 4} colour={onlyColour()} />
                    </li>
                  )}
                </For>
              </ul>
              <Show when={current().pageCount > 1}>
                <Pagination
                  page={current().page}
                  pageCount={current().pageCount}
                  href={(n) => shopHref({ ...props.state, page: n })}
                />
              </Show>
            </div>
          )}
        </Match>
      </Switch>
    </section>
  );
}
