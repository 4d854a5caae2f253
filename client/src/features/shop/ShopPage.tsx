import { useLocation, useNavigate, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, Show } from 'solid-js';
import { t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { FilterPanel } from './FilterPanel.js';
import { SearchChips } from './SearchChips.js';
import { SortSelect } from './SortSelect.js';
import { ShopResults } from './ShopResults.js';
import { createListing } from './shop.store.js';
import { hasFilters, parseShopQuery, shopHref, withChange, type ShopState } from './shop-query.js';

function FilterIcon() {
  return (
    <svg viewBox="0 0 20 20" class="size-5" aria-hidden="true">
      <path d="M3 5h14M6 10h8M8.5 15h3" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}

/** /shop: everything it shows is derived from the URL; every control writes the URL. */
export default function ShopPage() {
  usePageTitle(() => t('shop.title'));
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const state = createMemo(() => parseShopQuery(params));
  const listing = createListing(state);
  const [filtersOpen, setFiltersOpen] = createSignal(false);
  let filtersButton: HTMLButtonElement | undefined;

  function go(next: ShopState) {
    const href = shopHref(next);
    // Keep the shopper's place: a filter change is not a new page to scroll to the top of.
    if (href !== location.pathname + location.search) navigate(href, { scroll: false });
  }

  const total = () => (listing.error() ? null : listing.data()?.total);
  const corrected = () => listing.data()?.correctedQuery ?? null;

  return (
    <div class="mx-auto max-w-6xl px-4 pt-10 pb-8 sm:px-6 sm:pt-12">
      <h1 class="text-4xl font-bold tracking-tight text-ink sm:text-5xl">{t('shop.heading')}</h1>
      <Show when={state().q}>
        <p class="mt-3 text-lg text-ink-soft">
          {corrected() ? t('shop.correctedQuery', { query: corrected()! }) : t('shop.resultsFor', { query: state().q })}
        </p>
      </Show>
      <SearchChips
        chips={listing.data()?.chips ?? []}
        droppedText={listing.data()?.droppedText ?? null}
        onRemove={(kind) => go(withChange(state(), { ignore: [...state().ignore, kind] }))}
      />

      <div class="mt-6 flex flex-wrap items-center gap-x-4 gap-y-3 border-b border-line pb-4">
        <button
          ref={filtersButton}
          type="button"
          aria-expanded={filtersOpen()}
          aria-controls="shop-filters"
          onClick={() => setFiltersOpen(!filtersOpen())}
          class="inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 text-sm font-semibold text-ink hover:bg-mist lg:hidden"
        >
          <FilterIcon />
          {t('shop.filters')}
          <Show when={hasFilters(state())}>
            <span aria-hidden="true" class="size-2 rounded-full bg-accent" />
          </Show>
        </button>
        <p role="status" class="min-h-5 flex-1 text-sm font-medium text-ink-soft">
          {total() === undefined || total() === null ? '' : t('shop.count', { count: total()! })}
        </p>
        <SortSelect value={state().sort} onChange={(sort) => go(withChange(state(), { sort }))} />
      </div>

      <div class="mt-6 grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
        <FilterPanel
          id="shop-filters"
          open={filtersOpen()}
          state={state()}
          facets={listing.data()?.facets}
          total={total() ?? undefined}
          onChange={go}
          onDone={() => {
            setFiltersOpen(false);
            filtersButton?.focus();
          }}
        />
        <ShopResults state={state()} listing={listing} onChange={go} />
      </div>
    </div>
  );
}
