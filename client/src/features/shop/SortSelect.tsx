import { For } from 'solid-js';
import type { Sort } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';
import { SORTS } from '../../../../shared/catalog-constants.js';

export function SortSelect(props: { value: Sort; onChange: (sort: Sort) => void }) {
  return (
    <div class="flex items-center gap-2">
      <label for="shop-sort" class="shrink-0 text-sm font-semibold text-ink">
        {t('shop.sortBy')}
      </label>
      <select
        id="shop-sort"
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as Sort)}
        class="min-h-11 rounded-full border border-line bg-white py-2 pr-8 pl-3 text-sm text-ink"
      >
        <For each={SORTS}>{(sort) => <option value={sort}>{t(`shop.sorts.${sort}`)}</option>}</For>
      </select>
    </div>
  );
}
