import { For, Show } from 'solid-js';
import type { Category, CompatibleCard } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';
import { ProductCard } from '../catalog/ProductCard.js';

/**
 * "Fits this phone" on a phone's page, "Works with" on an accessory's ([PDP2]): cards linking to
 * the products, each with how they go together. Nothing at all when there is none.
 */
export function CompatibleProducts(props: { category: Category; products: CompatibleCard[] }) {
  const heading = () => t(props.category === 'phones' ? 'pdp.compatible.phone' : 'pdp.compatible.accessory');
  return (
    <Show when={props.products.length}>
      <section aria-labelledby="compatible-heading">
        <h2 id="compatible-heading" class="text-2xl font-bold tracking-tight text-ink">
          {heading()}
        </h2>
        <ul class="mt-6 grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-4">
          <For each={props.products}>
            {(product) => (
              <li class="flex flex-col">
                <ProductCard product={product} heading="h3" />
                <Show when={product.note}>
                  <p class="mt-1.5 px-1 text-xs leading-5 text-ink-soft">{product.note}</p>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
