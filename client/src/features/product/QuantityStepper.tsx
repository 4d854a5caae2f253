import { t } from '../../i18n/index.js';

const STEP =
  'inline-flex size-11 items-center justify-center rounded-full text-xl text-ink hover:bg-mist disabled:text-ink-soft/50 disabled:hover:bg-transparent';

/** 1…max, typed or stepped; a typed value outside the range snaps back into it. */
export function QuantityStepper(props: {
  value: number;
  max: number;
  disabled?: boolean;
  onChange: (quantity: number) => void;
}) {
  const clamp = (n: number) => Math.min(Math.max(Number.isFinite(n) ? Math.round(n) : 1, 1), Math.max(props.max, 1));
  const set = (n: number) => props.onChange(clamp(n));

  return (
    <div>
      <label for="quantity" class="block text-sm font-semibold text-ink">
        {t('product.quantity')}
      </label>
      <div class="mt-2 inline-flex items-center rounded-full border border-line">
        <button
          type="button"
          aria-label={t('product.decrease')}
          aria-controls="quantity"
          disabled={props.disabled || props.value <= 1}
          onClick={() => set(props.value - 1)}
          class={STEP}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id="quantity"
          type="number"
          inputmode="numeric"
          min="1"
          max={props.max}
          value={props.value}
          disabled={props.disabled}
          aria-describedby="quantity-hint"
          onChange={(e) => {
            const next = clamp(Number(e.currentTarget.value));
            e.currentTarget.value = String(next);
            props.onChange(next);
          }}
          class="h-11 w-14 [appearance:textfield] bg-transparent text-center text-base text-ink [&::-webkit-inner-spin-button]:appearance-none"
        />
        <button
          type="button"
          aria-label={t('product.increase')}
          aria-controls="quantity"
          disabled={props.disabled || props.value >= props.max}
          onClick={() => set(props.value + 1)}
          class={STEP}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      <p id="quantity-hint" class="mt-1.5 min-h-4 text-xs text-ink-soft">
        {props.disabled ? '' : t('product.quantityHint', { count: Math.max(props.max, 1) })}
      </p>
    </div>
  );
}
