import { For } from 'solid-js';
import type { SpecRow } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';
import { groupSpecs } from './variant-choice.js';

/** One real table per spec group, captioned with the group's name. */
export function ProductSpecs(props: { specs: SpecRow[] }) {
  return (
    <section aria-labelledby="specs-heading">
      <h2 id="specs-heading" class="text-2xl font-bold tracking-tight text-ink">
        {t('product.specs')}
      </h2>
      <div class="mt-6 grid gap-x-10 gap-y-8 md:grid-cols-2">
        <For each={groupSpecs(props.specs)}>
          {(group) => (
            <table class="w-full table-fixed self-start text-sm">
              <caption class="pb-2 text-left text-base font-semibold text-ink">{group.name}</caption>
              <tbody>
                <For each={group.rows}>
                  {(row) => (
                    <tr class="border-t border-line">
                      <th scope="row" class="w-2/5 py-2.5 pr-4 text-left align-top font-normal text-ink-soft">
                        {row.name}
                      </th>
                      <td class="py-2.5 align-top break-words text-ink">{row.value}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          )}
        </For>
      </div>
    </section>
  );
}
