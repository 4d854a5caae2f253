import { createEffect, createSignal } from 'solid-js';
import type { Colour, Variant } from '../../../../shared/catalog.js';
import { formatPrice, t } from '../../i18n/index.js';
import { buttonClass } from '../../ui/Button.js';
import { QUANTITY_MAX } from '../../../../shared/catalog-constants.js';
import { stockLevel, stockText } from '../catalog/catalog-format.js';
import { QuantityStepper } from './QuantityStepper.js';
import { VariantPicker } from './VariantPicker.js';
import type { Choice } from './variant-choice.js';

const STOCK_TONE = { in: 'text-accent', low: 'text-amber-700', out: 'text-danger' } as const;

/** Price and stock of the chosen variant, the pickers, the quantity and "Add to cart". */
export function ProductPurchase(props: {
  colours: Colour[];
  variants: Variant[];
  choice: Choice;
  selected: Variant;
  onChoose: (choice: Choice) => void;
}) {
  const [quantity, setQuantity] = createSignal(1);
  const stock = () => props.selected.stock;
  const max = () => Math.max(1, Math.min(QUANTITY_MAX, stock()));
  // Stock can drop while the page is open (a push): never ask for more than there is.
  createEffect(() => {
    if (quantity() > max()) setQuantity(max());
  });

  return (
    <div class="space-y-6">
      <div>
        <p class="text-3xl font-bold tracking-tight text-ink">{formatPrice(props.selected.priceCents)}</p>
        {/* Polite: a change pushed by the server (another shopper bought the last ones) is read out. */}
        <p role="status" class={`mt-1 min-h-6 font-semibold ${STOCK_TONE[stockLevel(stock())]}`}>
          {stockText(stock())}
        </p>
      </div>
      <VariantPicker colours={props.colours} variants={props.variants} choice={props.choice} onChoose={props.onChoose} />
      <QuantityStepper value={quantity()} max={max()} disabled={stock() <= 0} onChange={setQuantity} />
      <div>
        {/* The cart arrives with the next release; the reason is text, not just a title tooltip. */}
        <button type="button" disabled aria-describedby="add-to-cart-note" class={`${buttonClass('primary')} w-full sm:w-auto sm:px-10`}>
          {t('product.addToCart')}
        </button>
        <p id="add-to-cart-note" class="mt-2 flex items-center gap-1.5 text-sm text-ink-soft">
          <svg viewBox="0 0 20 20" class="size-4 shrink-0" aria-hidden="true">
            <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="1.6" />
            <path d="M10 9v5M10 6.2v.1" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
          </svg>
          {t('product.cartSoon')}
        </p>
      </div>
    </div>
  );
}
