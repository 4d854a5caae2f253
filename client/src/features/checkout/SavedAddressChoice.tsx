import { For, Show } from 'solid-js';
import type { SavedAddress } from '../../../../shared/addresses.js';
import { t } from '../../i18n/index.js';
import { addressBook } from '../addresses/addresses.store.js';
import { addressSummary } from '../addresses/address-summary.js';
import type { AddressChoice } from './address-choice.js';

const optionClass =
  'flex min-h-14 cursor-pointer items-start gap-3 rounded-xl border border-line bg-white p-4 ' +
  'has-checked:border-ink has-checked:ring-1 has-checked:ring-ink has-focus-visible:outline-3 ' +
  'has-focus-visible:outline-offset-2 has-focus-visible:outline-accent';

function Option(props: { checked: boolean; onChoose: () => void; title: string; detail: string; tag?: string }) {
  return (
    <label class={optionClass}>
      <input
        type="radio"
        name="saved-address"
        checked={props.checked}
        onChange={() => props.onChoose()}
        class="mt-0.5 size-5 shrink-0 accent-ink focus-visible:outline-none"
      />
      <span class="min-w-0 flex-1">
        <span class="flex flex-wrap items-center gap-2 font-semibold text-ink">
          {props.title}
          <Show when={props.tag}>
            <span class="rounded-full bg-mist px-2 py-0.5 text-xs font-semibold text-ink">{props.tag}</span>
          </Show>
        </span>
        <span class="block text-sm break-words text-ink-soft">{props.detail}</span>
      </span>
    </label>
  );
}

/** [BOOK9] The saved addresses as a radio group, default first, and "Use a new address". */
export function SavedAddressChoice(props: { choice: AddressChoice }) {
  const c = props.choice;
  const isChosen = (a: SavedAddress) => c.chosen()?.id === a.id;
  return (
    <Show when={c.signedIn() && addressBook().length > 0}>
      <fieldset class="min-w-0">
        <legend class="mb-3 text-sm font-semibold text-ink">{t('addresses.checkout.legend')}</legend>
        <div class="grid gap-3">
          <For each={addressBook()}>
            {(a) => (
              <Option
                checked={isChosen(a)}
                onChoose={() => c.choose(a.id)}
                title={a.name}
                detail={addressSummary(a)}
                tag={a.isDefault ? t('addresses.default') : undefined}
              />
            )}
          </For>
          <Option
            checked={!c.chosen()}
            onChoose={() => c.choose('new')}
            title={t('addresses.checkout.useNew')}
            detail={t('addresses.checkout.useNewHint')}
          />
        </div>
      </fieldset>
    </Show>
  );
}
