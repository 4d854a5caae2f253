import { For, Show } from 'solid-js';
import type { Colour, Variant } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';
import { storageLabel } from '../catalog/catalog-format.js';
import {
  chooseColour,
  colourAvailability,
  storageAvailability,
  storageSizes,
  type Availability,
  type Choice,
} from './variant-choice.js';

// The radio is an invisible layer over its pill (so a click anywhere on the pill lands on it
// and its focus ring outlines the pill); the pill shows checked and disabled.
const PILL =
  'group relative inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 py-2 text-sm text-ink ' +
  'hover:border-ink has-[:checked]:border-ink has-[:checked]:bg-ink has-[:checked]:text-white ' +
  'has-[:disabled]:border-dashed has-[:disabled]:text-ink-soft has-[:disabled]:hover:border-line';
const RADIO = 'absolute inset-0 size-full cursor-pointer appearance-none rounded-full disabled:cursor-not-allowed';

function colourText(colour: Colour, availability: Availability): string {
  if (availability === 'available') return colour.name;
  return t(availability === 'sold-out' ? 'product.colourOut' : 'product.colourMissing', { colour: colour.name });
}

function storageText(gb: number, colour: string, availability: Availability): string {
  const storage = storageLabel(gb);
  if (availability === 'available') return storage;
  return t(availability === 'sold-out' ? 'product.storageOut' : 'product.storageMissing', { storage, colour });
}

/**
 * Colour, then storage (when the product comes in sizes). An option that cannot be bought is
 * disabled and says why; the current choice is never disabled, so it stays reachable.
 */
export function VariantPicker(props: {
  colours: Colour[];
  variants: Variant[];
  choice: Choice;
  onChoose: (choice: Choice) => void;
}) {
  const sizes = () => storageSizes(props.variants);
  const colourName = () => props.colours.find((c) => c.key === props.choice.colour)?.name ?? props.choice.colour;

  return (
    <div class="space-y-6">
      <fieldset>
        <legend class="text-sm font-semibold text-ink">{t('product.colour')}</legend>
        <div class="mt-2 flex flex-wrap gap-2">
          <For each={props.colours}>
            {(colour) => {
              const availability = () => colourAvailability(props.variants, colour.key);
              const checked = () => props.choice.colour === colour.key;
              return (
                <label class={PILL}>
                  <input
                    type="radio"
                    name="colour"
                    value={colour.key}
                    checked={checked()}
                    disabled={!checked() && availability() !== 'available'}
                    onChange={() => {
                      const next = chooseColour(props.variants, props.choice, colour.key);
                      if (next) props.onChoose(next);
                    }}
                    class={RADIO}
                  />
                  <span
                    aria-hidden="true"
                    class="size-5 shrink-0 rounded-full ring-1 ring-ink/25 group-has-[:checked]:ring-2 group-has-[:checked]:ring-white/80"
                    style={{ 'background-color': colour.hex }}
                  />
                  <span>{colourText(colour, availability())}</span>
                </label>
              );
            }}
          </For>
        </div>
      </fieldset>
      <Show when={sizes().length}>
        <fieldset>
          <legend class="text-sm font-semibold text-ink">{t('product.storage')}</legend>
          <div class="mt-2 flex flex-wrap gap-2">
            <For each={sizes()}>
              {(gb) => {
                const availability = () => storageAvailability(props.variants, props.choice.colour, gb);
                const checked = () => props.choice.storageGb === gb;
                return (
                  <label class={PILL}>
                    <input
                      type="radio"
                      name="storage"
                      value={gb}
                      checked={checked()}
                      disabled={!checked() && availability() !== 'available'}
                      onChange={() => props.onChoose({ colour: props.choice.colour, storageGb: gb })}
                      class={RADIO}
                    />
                    <span>{storageText(gb, colourName(), availability())}</span>
                  </label>
                );
              }}
            </For>
          </div>
        </fieldset>
      </Show>
    </div>
  );
}
