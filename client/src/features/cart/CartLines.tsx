import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import type { CartLine } from '../../../../shared/cart.js';
import { QUANTITY_MAX } from '../../../../shared/catalog-constants.js';
import { formatPrice, t } from '../../i18n/index.js';
import { stockLevel, storageLabel } from '../catalog/catalog-format.js';
import { removeLine, setLineQuantity } from './cart.store.js';

const STEP =
  'inline-flex size-11 items-center justify-center rounded-full text-xl text-ink hover:bg-mist disabled:text-ink-soft/50 disabled:hover:bg-transparent';

/** "Sand, 256 GB": the colour and, for phones, the storage of a cart or order line. */
export const variantText = (line: Pick<CartLine, 'colourName' | 'storageGb'>) =>
  line.storageGb === null
    ? line.colourName
    : t('cart.variant', { colour: line.colourName, storage: storageLabel(line.storageGb) });

function StockWarning(props: { line: CartLine }) {
  const level = () => stockLevel(props.line.stock);
  return (
    <Show when={level() !== 'in'}>
      <p
        class={`text-sm font-semibold ${level() === 'out' || props.line.quantity > props.line.stock ? 'text-danger' : 'text-amber-700'}`}
      >
        {level() === 'out' ? t('cart.outOfStock') : t('cart.onlyLeft', { count: props.line.stock })}
      </p>
    </Show>
  );
}

/** One line: a list item named after the product and its variant, so tests and screen readers can tell lines apart. */
function CartLineItem(props: { line: CartLine; idPrefix: string; onNavigate?: (() => void) | undefined }) {
  const nameId = () => `${props.idPrefix}-name-${props.line.variantId}`;
  const variantId = () => `${props.idPrefix}-variant-${props.line.variantId}`;
  const max = () => Math.min(QUANTITY_MAX, Math.max(props.line.stock, 1));
  return (
    <li aria-labelledby={`${nameId()} ${variantId()}`} class="flex gap-4 py-5">
      <img
        src={props.line.image}
        alt=""
        width="80"
        height="80"
        class="size-20 shrink-0 rounded-xl bg-mist object-contain p-1.5"
      />
      <div class="min-w-0 flex-1 space-y-1">
        <div class="flex items-start justify-between gap-3">
          <div class="min-w-0">
            <A
              id={nameId()}
              href={`/products/${props.line.slug}`}
              onClick={() => props.onNavigate?.()}
              class="font-semibold text-ink hover:underline"
            >
              {props.line.name}
            </A>
            <p id={variantId()} class="text-sm text-ink-soft">
              {variantText(props.line)}
            </p>
          </div>
          <p class="shrink-0 font-semibold text-ink">{formatPrice(props.line.lineTotalCents)}</p>
        </div>
        <p class="text-sm text-ink-soft">{t('cart.unitPrice', { price: formatPrice(props.line.unitPriceCents) })}</p>
        <StockWarning line={props.line} />
        <div class="flex flex-wrap items-center justify-between gap-2 pt-1">
          <div class="inline-flex items-center rounded-full border border-line">
            <button
              type="button"
              aria-label={t('cart.decrease')}
              disabled={props.line.quantity <= 1}
              onClick={() => void setLineQuantity(props.line.variantId, props.line.quantity - 1)}
              class={STEP}
            >
              <span aria-hidden="true">−</span>
            </button>
            <span class="min-w-8 text-center text-base text-ink">
              <span class="sr-only">{t('cart.quantity')}: </span>
              {props.line.quantity}
            </span>
            <button
              type="button"
              aria-label={t('cart.increase')}
              disabled={props.line.quantity >= max()}
              onClick={() => void setLineQuantity(props.line.variantId, props.line.quantity + 1)}
              class={STEP}
            >
              <span aria-hidden="true">+</span>
            </button>
          </div>
          <button
            type="button"
            onClick={() => void removeLine(props.line.variantId)}
            class="min-h-11 rounded-full px-3 text-sm font-semibold text-ink-soft underline underline-offset-4 hover:text-danger"
          >
            {t('cart.remove')}
          </button>
        </div>
      </div>
    </li>
  );
}

export function CartLineList(props: { lines: CartLine[]; idPrefix: string; onNavigate?: () => void }) {
  // Keyed by variant, not by line object: every cart update brings new objects, and rebuilding
  // a line would drop the focus from the stepper button the shopper just pressed.
  const variantIds = createMemo(() => props.lines.map((l) => l.variantId), [], {
    equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
  });
  return (
    <ul aria-label={t('cart.lines')} class="divide-y divide-line">
      <For each={variantIds()}>
        {(id) => (
          <Show when={props.lines.find((l) => l.variantId === id)}>
            {(line) => <CartLineItem line={line()} idPrefix={props.idPrefix} onNavigate={props.onNavigate} />}
          </Show>
        )}
      </For>
    </ul>
  );
}

export function CartEmpty(props: { onNavigate?: () => void }) {
  return (
    <div class="py-6">
      <p class="font-semibold text-ink">{t('cart.empty')}</p>
      <p class="mt-1 text-sm text-ink-soft">{t('cart.emptyHint')}</p>
      <A
        href="/shop"
        onClick={() => props.onNavigate?.()}
        class="mt-4 inline-block text-sm font-semibold text-accent underline underline-offset-4"
      >
        {t('cart.browse')}
      </A>
    </div>
  );
}
