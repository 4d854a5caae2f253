import { A } from '@solidjs/router';
import { createSignal, createUniqueId, Show } from 'solid-js';
import type { ProductCardData, ProductCardVariant } from '../../../../shared/chat.js';
import { formatPrice, t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { addToCart } from '../cart/cart.store.js';
import { priceRange } from '../catalog/catalog-format.js';
import { variantText } from './card-format.js';

const CARD = 'rounded-xl border border-line bg-white p-3 text-sm text-ink shadow-xs';
const LINK = 'font-semibold text-accent-strong underline underline-offset-2';

/**
 * "Add <product> to cart" on a product card [CHATUI4]: the click is the shopper's consent, so it
 * is the cart's own add (the product page's request, the same live update in every tab). It adds
 * the variant the card names; another colour or size is one link away on the product page.
 */
function AddFromCard(props: { name: string; variant: ProductCardVariant }) {
  const describedBy = createUniqueId();
  const [adding, setAdding] = createSignal(false);
  const [done, setDone] = createSignal('');
  async function add() {
    setAdding(true);
    setDone('');
    const result = await addToCart(props.variant.id, 1);
    setAdding(false);
    // A refusal (sold out since) is the cart's alert, as for any add.
    if (result.ok) setDone(t('chatBeside.added', { name: props.name }));
  }
  return (
    <div class="space-y-1 pt-1">
      <div class="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Button
          busy={adding()}
          disabled={!props.variant.inStock}
          aria-describedby={describedBy}
          onClick={() => void add()}
          class="min-h-9 px-4"
        >
          {t('chatBeside.addToCart', { name: props.name })}
        </Button>
        <p id={describedBy} class="text-xs text-ink-soft">
          {props.variant.inStock
            ? t('chatBeside.addsVariant', {
                variant: variantText(props.variant.colourName, props.variant.storageGb),
                price: formatPrice(props.variant.priceCents),
              })
            : t('chatBeside.soldOut')}
        </p>
      </div>
      {/* Polite, and present before it speaks, so the result is read out once. */}
      <p role="status" class="text-sm font-medium text-accent-strong">
        {done()}
      </p>
    </div>
  );
}

/** `readOnly`: the staff console's view, where the shopper's cart is not staff's to change. */
export function ProductCard(props: { card: ProductCardData; readOnly?: boolean }) {
  return (
    <article aria-label={t('chat.cards.product', { name: props.card.name })} class={`${CARD} flex gap-3`}>
      <img
        src={props.card.image}
        alt=""
        width="64"
        height="64"
        class="size-16 shrink-0 rounded-lg bg-mist object-contain"
        loading="lazy"
      />
      <div class="min-w-0 flex-1 space-y-0.5">
        <h3 class="font-semibold">{props.card.name}</h3>
        <p class="text-ink-soft">{props.card.tagline}</p>
        <p class="font-medium">
          {priceRange(props.card.priceFromCents, props.card.priceToCents)}
          <Show when={!props.card.inStock}>
            <span class="ml-2 text-danger">{t('chat.cards.outOfStock')}</span>
          </Show>
        </p>
        <A href={`/products/${props.card.slug}`} class={LINK}>
          {t('chat.cards.viewProduct', { name: props.card.name })}
        </A>
        <Show when={!props.readOnly && props.card.variant}>
          {(variant) => <AddFromCard name={props.card.name} variant={variant()} />}
        </Show>
      </div>
    </article>
  );
}
