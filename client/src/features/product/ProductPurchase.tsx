import { createEffect, createSignal } from 'solid-js';
import type { CartLine } from '../../../../shared/cart.js';
import type { Colour, ProductDetail, Variant } from '../../../../shared/catalog.js';
import { formatPrice, t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { addToCart, openCartDrawer } from '../cart/cart.store.js';
import { QUANTITY_MAX } from '../../../../shared/catalog-constants.js';
import { stockLevel, stockText } from '../catalog/catalog-format.js';
import { QuantityStepper } from './QuantityStepper.js';
import { StickyBuyBar } from './StickyBuyBar.js';
import { VariantPicker } from './VariantPicker.js';
import type { Choice } from './variant-choice.js';

const STOCK_TONE = { in: 'text-accent', low: 'text-amber-700', out: 'text-danger' } as const;

/** Price and stock of the chosen variant, the pickers, the quantity and "Add to cart". */
export function ProductPurchase(props: {
  product: ProductDetail;
  colours: Colour[];
  variants: Variant[];
  choice: Choice;
  selected: Variant;
  onChoose: (choice: Choice) => void;
}) {
  const [quantity, setQuantity] = createSignal(1);
  const [adding, setAdding] = createSignal(false);
  const stock = () => props.selected.stock;
  const max = () => Math.max(1, Math.min(QUANTITY_MAX, stock()));
  // Stock can drop while the page is open (a push): never ask for more than there is.
  createEffect(() => {
    if (quantity() > max()) setQuantity(max());
  });

  /** The line as the cart will show it, so it appears before the server answers. */
  function draft(variant: Variant): CartLine {
    const colourName = props.colours.find((c) => c.key === variant.colour)?.name ?? variant.colour;
    const image = props.product.images[variant.colour] ?? Object.values(props.product.images)[0] ?? '';
    const { id: productId, slug, name } = props.product;
    const { id: variantId, sku, colour, storageGb, priceCents: unitPriceCents, stock } = variant;
    return {
      variantId,
      productId,
      slug,
      name,
      sku,
      colour,
      colourName,
      storageGb,
      image,
      unitPriceCents,
      quantity: 0,
      stock,
      lineTotalCents: 0,
    };
  }

  async function add() {
    if (adding()) return;
    setAdding(true);
    const count = quantity();
    const result = await addToCart(props.selected.id, count, draft(props.selected));
    setAdding(false);
    // A failure is shown by the cart's alert; the screen is already back to the server's cart.
    if (result.ok) openCartDrawer(t('cart.added', { count, name: props.product.name }));
  }

  return (
    <div class="space-y-6">
      <div>
        <p class="text-3xl font-bold tracking-tight text-ink">{formatPrice(props.selected.priceCents)}</p>
        {/* Polite: a change pushed by the server (another shopper bought the last ones) is read out. */}
        <p id="stock-status" role="status" class={`mt-1 min-h-6 font-semibold ${STOCK_TONE[stockLevel(stock())]}`}>
          {stockText(stock())}
        </p>
      </div>
      <VariantPicker
        colours={props.colours}
        variants={props.variants}
        choice={props.choice}
        onChoose={props.onChoose}
      />
      <QuantityStepper value={quantity()} max={max()} disabled={stock() <= 0} onChange={setQuantity} />
      <Button
        busy={adding()}
        disabled={stock() <= 0}
        aria-describedby={stock() <= 0 ? 'stock-status' : undefined}
        onClick={() => void add()}
        class="w-full sm:w-auto sm:px-10"
      >
        {t('product.addToCart')}
      </Button>
      <StickyBuyBar
        name={props.product.name}
        priceCents={props.selected.priceCents}
        busy={adding()}
        disabled={stock() <= 0}
        onAdd={() => void add()}
      />
    </div>
  );
}
