import { Show } from 'solid-js';
import type { SavedAddress } from '../../../../shared/addresses.js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { TextField } from '../../ui/Field.js';
import { FormAlert } from '../../ui/Messages.js';
import { AddressFields } from './AddressFields.js';
import { createAddressEditor } from './address-editor-form.js';

/** Add (no `address`) or edit one saved address: the checkout's fields, a phone, and for a new one "Make it my default". */
export function AddressEditor(props: { address?: SavedAddress; onDone: (saved: boolean) => void }) {
  // The address being edited is fixed for the editor's life: a push while editing must not reset the fields.
  const editor = createAddressEditor(props.address, () => props.onDone(true));
  let formEl: HTMLFormElement | undefined;
  let heading: HTMLHeadingElement | undefined;
  const headingId = `${props.address ? `address-${props.address.id}` : 'address-new'}-editor`;

  return (
    <form
      ref={(el) => {
        formEl = el;
        queueMicrotask(() => heading?.focus());
      }}
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        void editor.submit(formEl);
      }}
      class="space-y-5 rounded-xl border border-line bg-mist/40 p-4 sm:p-5"
    >
      <h3 ref={heading} id={headingId} tabindex="-1" class="text-lg font-semibold text-ink">
        {props.address ? t('addresses.form.editHeading') : t('addresses.form.addHeading')}
      </h3>
      <FormAlert message={editor.form.formError()} />
      <AddressFields form={editor.fields} />
      <TextField
        label={t('addresses.form.phone')}
        hint={t('addresses.form.phoneHint')}
        type="tel"
        inputmode="tel"
        autocomplete="shipping tel"
        {...editor.phone()}
      />
      <Show when={!props.address}>
        <Checkbox
          label={t('addresses.form.makeDefault')}
          checked={editor.makeDefault()}
          onChange={editor.setMakeDefault}
        />
      </Show>
      <div class="flex flex-wrap gap-3">
        <Button type="submit" busy={editor.form.busy()}>
          {t('addresses.form.save')}
        </Button>
        <Button variant="secondary" disabled={editor.form.busy()} onClick={() => props.onDone(false)}>
          {t('addresses.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
