import { createResource, createSignal, createUniqueId, For, Show } from 'solid-js';
import type { ProductCard, ProductDetail } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';
import { request } from '../../lib/socket.js';
import { Button } from '../../ui/Button.js';
import { controlClass } from '../../ui/Field.js';
import { storageLabel } from '../catalog/catalog-format.js';
import { propose } from './staff-actions.js';

/** The whole catalog, a page at a time (the list request caps its page size). */
async function allProducts(): Promise<ProductCard[]> {
  const items: ProductCard[] = [];
  for (let page = 1; page <= 20; page++) {
    const result = await request('catalog:list', { page, pageSize: 48 });
    if (!result.ok) break;
    items.push(...result.data.items);
    if (page >= result.data.pageCount) break;
  }
  return items.sort((a, b) => a.name.localeCompare(b.name));
}

async function productOf(slug: string): Promise<ProductDetail | null> {
  if (!slug) return null;
  const result = await request('catalog:get', { slug });
  return result.ok ? result.data : null;
}

const SELECT = `${controlClass} min-h-11`;

/** Staff send the same confirm card the assistant sends; the shopper's click decides. */
export function StaffProposeForm(props: { chatId: number; onDone: () => void; onCancel: () => void }) {
  const id = createUniqueId();
  const [products] = createResource(allProducts);
  const [slug, setSlug] = createSignal('');
  const [product] = createResource(slug, productOf);
  const [colour, setColour] = createSignal('');
  const [storage, setStorage] = createSignal('');
  const [quantity, setQuantity] = createSignal(1);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const storages = () => {
    const p = product();
    if (!p) return [];
    const key = p.colours.find((c) => c.name === colour())?.key;
    const sizes = p.variants.filter((v) => v.storageGb !== null && (!key || v.colour === key)).map((v) => v.storageGb!);
    return [...new Set(sizes)].sort((a, b) => a - b);
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!slug()) return void setError(t('staff.propose.choose'));
    setBusy(true);
    const problem = await propose({
      chatId: props.chatId,
      slug: slug(),
      ...(colour() ? { colour: colour() } : {}),
      ...(storage() ? { storageGb: Number(storage()) } : {}),
      quantity: quantity(),
    });
    setBusy(false);
    setError(problem);
    if (!problem) props.onDone();
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      class="w-full space-y-3 rounded-xl border border-line p-3 lg:order-last"
    >
      <h3 id={`${id}-heading`} class="font-semibold text-ink">
        {t('staff.propose.heading')}
      </h3>
      <div class="grid gap-3 sm:grid-cols-2">
        <div class="space-y-1 sm:col-span-2">
          <label for={`${id}-product`} class="block text-sm font-semibold">
            {t('staff.propose.product')}
          </label>
          <select
            id={`${id}-product`}
            class={SELECT}
            value={slug()}
            onChange={(e) => {
              setSlug(e.currentTarget.value);
              setColour('');
              setStorage('');
            }}
          >
            <option value="">{t('staff.propose.choose')}</option>
            <For each={products() ?? []}>{(p) => <option value={p.slug}>{p.name}</option>}</For>
          </select>
        </div>
        <div class="space-y-1">
          <label for={`${id}-colour`} class="block text-sm font-semibold">
            {t('staff.propose.colour')}
          </label>
          <select
            id={`${id}-colour`}
            class={SELECT}
            value={colour()}
            onChange={(e) => setColour(e.currentTarget.value)}
            disabled={!product()}
          >
            <option value="">—</option>
            <For each={product()?.colours ?? []}>{(c) => <option value={c.name}>{c.name}</option>}</For>
          </select>
        </div>
        <Show when={storages().length > 0}>
          <div class="space-y-1">
            <label for={`${id}-storage`} class="block text-sm font-semibold">
              {t('staff.propose.storage')}
            </label>
            <select
              id={`${id}-storage`}
              class={SELECT}
              value={storage()}
              onChange={(e) => setStorage(e.currentTarget.value)}
            >
              <option value="">—</option>
              <For each={storages()}>{(gb) => <option value={String(gb)}>{storageLabel(gb)}</option>}</For>
            </select>
          </div>
        </Show>
        <div class="space-y-1">
          <label for={`${id}-quantity`} class="block text-sm font-semibold">
            {t('staff.propose.quantity')}
          </label>
          <input
            id={`${id}-quantity`}
            type="number"
            inputmode="numeric"
            min="1"
            max="10"
            value={quantity()}
            onInput={(e) => setQuantity(Math.min(10, Math.max(1, Number(e.currentTarget.value) || 1)))}
            class={controlClass}
          />
        </div>
      </div>
      <Show when={error()}>
        <p role="alert" class="text-sm font-medium text-danger">
          {error()}
        </p>
      </Show>
      <div class="flex flex-wrap gap-2">
        <Button type="submit" busy={busy()} class="min-h-10 px-4">
          {t('staff.propose.send')}
        </Button>
        <Button variant="secondary" class="min-h-10 px-4" onClick={props.onCancel}>
          {t('staff.actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
