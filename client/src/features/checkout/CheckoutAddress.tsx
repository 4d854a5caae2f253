import { t } from '../../i18n/index.js';
import { AddressFields } from '../addresses/AddressFields.js';
import type { CheckoutForm } from './checkout-form.js';
import { FormSection } from './FormSection.js';
import { SaveAddressOption } from './SaveAddressOption.js';
import { SavedAddressChoice } from './SavedAddressChoice.js';

/** The delivery address: a saved one to choose (signed in), the fields, and saving a new one. */
export function CheckoutAddress(props: { form: CheckoutForm }) {
  return (
    <FormSection heading={t('checkout.address.heading')}>
      <SavedAddressChoice choice={props.form.addressChoice} />
      <AddressFields form={props.form} />
      <SaveAddressOption choice={props.form.addressChoice} />
    </FormSection>
  );
}
