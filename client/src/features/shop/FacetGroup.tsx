import { For, Show } from 'solid-js';
import { t } from '../../i18n/index.js';

export interface FacetOption<V> {
  value: V;
  label: string;
  count: number;
  hex?: string;
}

function FacetPlaceholder(props: { rows: number }) {
  return (
    <ul class="mt-2 space-y-0.5 motion-safe:animate-pulse" aria-hidden="true">
      <For each={Array.from({ length: props.rows })}>
        {() => (
          <li class="flex h-9 items-center gap-2.5 px-1">
            <span class="size-4 rounded bg-line/70" />
            <span class="h-3.5 w-24 rounded bg-line/70" />
          </li>
        )}
      </For>
    </ul>
  );
}

/**
 * One filter group: a fieldset of checkboxes named "Black (7)". The list is keyed by value,
 * so new counts arriving do not re-create the checkbox that has focus.
 */
export function FacetGroup<V extends string | number>(props: {
  legend: string;
  /** Undefined until the first listing arrives: placeholder rows hold the space meanwhile. */
  options: FacetOption<V>[] | undefined;
  placeholders: number;
  selected: readonly V[];
  onToggle: (value: V) => void;
}) {
  const options = () => props.options ?? [];
  const byValue = () => new Map(options().map((o) => [o.value, o]));
  return (
    <fieldset class="min-w-0">
      <legend class="text-sm font-semibold text-ink">{props.legend}</legend>
      <Show when={props.options} fallback={<FacetPlaceholder rows={props.placeholders} />}>
        <Show when={options().length} fallback={<p class="mt-2 text-sm text-ink-soft">{t('shop.noOptions')}</p>}>
          <ul class="mt-2 space-y-0.5">
            <For each={options().map((o) => o.value)}>
              {(value) => {
                const option = () => byValue().get(value);
                return (
                  <li>
                    <label class="flex min-h-9 cursor-pointer items-center gap-2.5 rounded-lg px-1 text-sm text-ink hover:bg-mist">
                      <input
                        type="checkbox"
                        checked={props.selected.includes(value)}
                        onChange={() => props.onToggle(value)}
                        class="size-4 shrink-0 accent-ink"
                      />
                      <Show when={option()?.hex}>
                        {(hex) => (
                          <span
                            aria-hidden="true"
                            class="size-4 shrink-0 rounded-full ring-1 ring-ink/20 ring-inset"
                            style={{ 'background-color': hex() }}
                          />
                        )}
                      </Show>
                      <span class="min-w-0">
                        {t('shop.facetOption', {
                          label: option()?.label ?? String(value),
                          count: option()?.count ?? 0,
                        })}
                      </span>
                    </label>
                  </li>
                );
              }}
            </For>
          </ul>
        </Show>
      </Show>
    </fieldset>
  );
}
