import { Show } from 'solid-js';
import type { CatalogFacets } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { CATEGORIES } from '../../../../shared/catalog-constants.js';
import { categoryLabel, storageLabel } from '../catalog/catalog-format.js';
import { FacetGroup, type FacetOption } from './FacetGroup.js';
import { PriceFilter } from './PriceFilter.js';
import { hasFilters, toggled, withChange, withoutFilters, type ShopState } from './shop-query.js';

/**
 * The server's options, plus any chosen value it no longer lists (count 0), so it can be
 * unticked. Undefined while no listing has arrived.
 */
function withSelected<V extends string | number>(
  options: FacetOption<V>[] | undefined,
  selected: readonly V[],
  label: (v: V) => string,
): FacetOption<V>[] | undefined {
  if (!options) return undefined;
  const missing = selected.filter((v) => !options.some((o) => o.value === v));
  return [...options, ...missing.map((value) => ({ value, label: label(value), count: 0 }))];
}

/** A chosen colour the listing no longer names (nothing matches it): "ocean-blue" → "Ocean blue". */
const colourKeyLabel = (key: string) => key.charAt(0).toUpperCase() + key.slice(1).replace(/-/g, ' ');

// Rows to hold while the first facets load: about what the whole catalog shows.
const PLACEHOLDER_ROWS = { category: CATEGORIES.length, colour: 8, storage: 4 };

export function FilterPanel(props: {
  id: string;
  open: boolean;
  state: ShopState;
  facets: CatalogFacets | undefined;
  /** The number of products matching, for the small-screen "Show N products" button. */
  total: number | undefined;
  onChange: (next: ShopState) => void;
  /** Small screens: close the panel and go to the results. */
  onDone: () => void;
}) {
  const change = (patch: Partial<ShopState>) => props.onChange(withChange(props.state, patch));
  const categories = () =>
    withSelected(
      props.facets?.category.map((f) => ({ ...f, label: categoryLabel(f.value) })),
      props.state.category,
      categoryLabel,
    );
  const colours = () => withSelected(props.facets?.colour, props.state.colour, colourKeyLabel);
  const storages = () =>
    withSelected(
      props.facets?.storage.map((f) => ({ ...f, label: storageLabel(f.value) })),
      props.state.storage,
      storageLabel,
    );

  return (
    <section
      id={props.id}
      aria-labelledby={`${props.id}-heading`}
      class={`${props.open ? 'block' : 'hidden'} min-w-0 rounded-2xl border border-line p-4 lg:block lg:border-0 lg:p-0`}
    >
      <h2 id={`${props.id}-heading`} class="sr-only">
        {t('shop.filters')}
      </h2>
      <div class="space-y-6">
        <label class="flex min-h-9 cursor-pointer items-center gap-2.5 text-sm font-semibold text-ink">
          <input
            type="checkbox"
            checked={props.state.inStock}
            onChange={(e) => change({ inStock: e.currentTarget.checked })}
            class="size-4 accent-ink"
          />
          {t('shop.inStock')}
        </label>
        <FacetGroup
          legend={t('shop.filterGroups.category')}
          options={categories()}
          placeholders={PLACEHOLDER_ROWS.category}
          selected={props.state.category}
          onToggle={(v) => change({ category: toggled(props.state.category, v) })}
        />
        <FacetGroup
          legend={t('shop.filterGroups.colour')}
          options={colours()}
          placeholders={PLACEHOLDER_ROWS.colour}
          selected={props.state.colour}
          onToggle={(v) => change({ colour: toggled(props.state.colour, v) })}
        />
        <FacetGroup
          legend={t('shop.filterGroups.storage')}
          options={storages()}
          placeholders={PLACEHOLDER_ROWS.storage}
          selected={props.state.storage}
          onToggle={(v) => change({ storage: toggled(props.state.storage, v) })}
        />
        <PriceFilter
          value={{ min: props.state.minPrice, max: props.state.maxPrice }}
          hint={props.facets?.price}
          onApply={({ min, max }) => change({ minPrice: min, maxPrice: max })}
        />
        <Show when={hasFilters(props.state)}>
          <Button variant="secondary" class="w-full" onClick={() => props.onChange(withoutFilters(props.state))}>
            {t('shop.clearFilters')}
          </Button>
        </Show>
        <Show when={props.total !== undefined}>
          <Button class="w-full lg:hidden" onClick={() => props.onDone()}>
            {t('shop.showResults', { count: props.total! })}
          </Button>
        </Show>
      </div>
    </section>
  );
}
