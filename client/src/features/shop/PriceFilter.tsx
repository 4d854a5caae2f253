import { Show } from 'solid-js';
import { currencySymbol, formatPrice, t } from '../../i18n/index.js';
import { dollarsOf } from '../catalog/catalog-format.js';
import { Button } from '../../ui/Button.js';
import { parseDollars } from './shop-query.js';

interface PriceRange {
  min: number | null;
  max: number | null;
}

const INPUT =
  'block w-full rounded-lg border border-line bg-white py-2 pr-2 pl-6 text-base text-ink placeholder:text-ink-soft/60';

/**
 * Lowest and highest price in dollars; applied when a field is committed (Enter, leaving it)
 * or with the button. `hint` is the price range of what the other filters match.
 */
export function PriceFilter(props: {
  value: PriceRange;
  hint?: { minCents: number; maxCents: number } | undefined;
  onApply: (range: PriceRange) => void;
}) {
  let form: HTMLFormElement | undefined;
  // An empty result has the range 0–0, which is no hint.
  const hint = () => (props.hint && props.hint.maxCents > 0 ? props.hint : undefined);

  function apply(event?: Event) {
    event?.preventDefault();
    if (!form) return;
    const read = (name: string) => parseDollars(String(new FormData(form).get(name) ?? ''));
    let [min, max] = [read('minPrice'), read('maxPrice')];
    // A reversed range is what the shopper meant the other way round.
    if (min !== null && max !== null && min > max) [min, max] = [max, min];
    props.onApply({ min, max });
  }

  const field = (
    name: 'minPrice' | 'maxPrice',
    label: string,
    value: number | null,
    placeholder: number | undefined,
  ) => (
    <label class="block min-w-0 text-xs font-medium text-ink-soft">
      {label}
      <span class="relative mt-1 block">
        <span
          aria-hidden="true"
          class="pointer-events-none absolute inset-y-0 left-2.5 flex items-center text-ink-soft"
        >
          {currencySymbol()}
        </span>
        <input
          type="number"
          name={name}
          inputmode="decimal"
          min="0"
          step="0.01"
          value={value === null ? '' : dollarsOf(value)}
          placeholder={placeholder === undefined ? '' : dollarsOf(placeholder)}
          onChange={() => apply()}
          class={INPUT}
        />
      </span>
    </label>
  );

  return (
    <fieldset class="min-w-0">
      <legend class="text-sm font-semibold text-ink">{t('shop.filterGroups.price')}</legend>
      <form ref={form} onSubmit={apply} class="mt-2 grid grid-cols-2 gap-2">
        {field('minPrice', t('shop.price.min'), props.value.min, hint()?.minCents)}
        {field('maxPrice', t('shop.price.max'), props.value.max, hint()?.maxCents)}
        <Show when={hint()}>
          {(range) => (
            <p class="col-span-2 text-xs text-ink-soft">
              {t('shop.price.range', { min: formatPrice(range().minCents), max: formatPrice(range().maxCents) })}
            </p>
          )}
        </Show>
        <Button type="submit" variant="secondary" class="col-span-2 min-h-10 py-1.5">
          {t('shop.price.apply')}
        </Button>
      </form>
    </fieldset>
  );
}
