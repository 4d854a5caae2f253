import { Show } from 'solid-js';
import { MAX_SAVED_ADDRESSES } from '../../../../shared/addresses.js';
import { t } from '../../i18n/index.js';
import { Checkbox } from '../../ui/Checkbox.js';
import type { AddressChoice } from './address-choice.js';

/** [BOOK8] For a signed-in shopper typing a new address: save it with the order, and make it the default. */
export function SaveAddressOption(props: { choice: AddressChoice }) {
  const c = props.choice;
  return (
    <Show when={c.signedIn() && !c.chosen()}>
      <Show
        when={!c.bookFull()}
        fallback={<p class="text-sm text-ink-soft">{t('addresses.checkout.full', { maximum: MAX_SAVED_ADDRESSES })}</p>}
      >
        <div class="space-y-1">
          <Checkbox label={t('addresses.checkout.save')} checked={c.save()} onChange={c.setSave} />
          <Show when={c.save()}>
            <div class="pl-8">
              <Checkbox
                label={t('addresses.checkout.makeDefault')}
                checked={c.makeDefault()}
                onChange={c.setMakeDefault}
              />
            </div>
          </Show>
        </div>
      </Show>
    </Show>
  );
}
