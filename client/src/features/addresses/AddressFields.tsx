import { POSTAL_CODE_RULES } from '../../../../shared/checkout.js';
import { COUNTRIES, type Country } from '../../../../shared/shipping.js';
import { t } from '../../i18n/index.js';
import { SelectField, TextField } from '../../ui/Field.js';

export type AddressFieldName =
  | 'address.country'
  | 'address.name'
  | 'address.line1'
  | 'address.line2'
  | 'address.city'
  | 'address.region'
  | 'address.postalCode';

/** What the fields need of a form: the checkout's, or the account page's address editor. */
export interface AddressFieldsForm {
  country(): Country;
  field(name: AddressFieldName): {
    id: string;
    name: string;
    readonly value: string;
    readonly error: string | undefined;
    onInput(event: { currentTarget: { value: string } }): void;
  };
}

const COUNTRY_OPTIONS = COUNTRIES.map((country) => ({
  value: country,
  get label() {
    return t(`checkout.address.countries.${country}`);
  },
}));

/**
 * Name, street, city, region and postal code; the last two are labelled the way the chosen
 * country says them. Inside the caller's titled group (the checkout's section, the account
 * page's address editor).
 */
export function AddressFields(props: { form: AddressFieldsForm }) {
  const f = props.form;
  const country = () => f.country();
  const regionHint = () => {
    const c = country();
    return c === 'US' || c === 'CA' ? t(`checkout.address.regionHint.${c}`) : undefined;
  };
  // DE and FR codes are all digits; the others have letters or a hyphen.
  const postalInputMode = () => (country() === 'DE' || country() === 'FR' ? 'numeric' : 'text');

  return (
    <div class="space-y-5">
      {/* First: the region and postal code fields below are labelled and checked by country. */}
      <SelectField
        label={t('checkout.address.country')}
        placeholder={t('checkout.address.countryPlaceholder')}
        options={COUNTRY_OPTIONS}
        autocomplete="shipping country"
        {...f.field('address.country')}
      />
      <TextField label={t('checkout.address.name')} autocomplete="shipping name" {...f.field('address.name')} />
      <TextField
        label={t('checkout.address.line1')}
        autocomplete="shipping address-line1"
        {...f.field('address.line1')}
      />
      <TextField
        label={t('checkout.address.line2')}
        autocomplete="shipping address-line2"
        {...f.field('address.line2')}
      />
      <TextField
        label={t('checkout.address.city')}
        autocomplete="shipping address-level2"
        {...f.field('address.city')}
      />
      <div class="grid gap-5 sm:grid-cols-2">
        <TextField
          label={t(`checkout.address.region.${country()}`)}
          hint={regionHint()}
          autocomplete="shipping address-level1"
          {...f.field('address.region')}
        />
        <TextField
          label={t(`checkout.address.postalCode.${country()}`)}
          hint={t('checkout.address.postalHint', { example: POSTAL_CODE_RULES[country()].example })}
          autocomplete="shipping postal-code"
          inputmode={postalInputMode()}
          autocapitalize="characters"
          spellcheck={false}
          {...f.field('address.postalCode')}
        />
      </div>
    </div>
  );
}
