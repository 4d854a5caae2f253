import { createSignal } from 'solid-js';
import { AddressAddSchema, AddressUpdateSchema, type SavedAddress } from '../../../../shared/addresses.js';
import { COUNTRIES, type Country } from '../../../../shared/shipping.js';
import { createFormState } from '../../lib/form.js';
import type { AddressFieldName, AddressFieldsForm } from './AddressFields.js';
import { addAddress, updateAddress } from './addresses.store.js';

type EditorField = AddressFieldName | 'phone';
type EditorValues = Record<EditorField, string>;

function startingValues(a: SavedAddress | undefined): EditorValues {
  return {
    'address.country': a?.country ?? 'US',
    'address.name': a?.name ?? '',
    'address.line1': a?.line1 ?? '',
    'address.line2': a?.line2 ?? '',
    'address.city': a?.city ?? '',
    'address.region': a?.region ?? '',
    'address.postalCode': a?.postalCode ?? '',
    phone: a?.phone ?? '',
  };
}

/**
 * The account page's add/edit form: the checkout's address fields (AddressFieldsForm) plus a
 * phone, checked with the same shared schemas the server uses, so errors read alike.
 */
export function createAddressEditor(editing: SavedAddress | undefined, onSaved: () => void) {
  const form = createFormState();
  const [values, setValues] = createSignal<EditorValues>(startingValues(editing));
  const [makeDefault, setMakeDefault] = createSignal(false);
  const idPrefix = editing ? `address-${editing.id}` : 'address-new';

  const field = (name: EditorField) => ({
    id: `${idPrefix}-${name.replace('.', '-')}`,
    name,
    get value() {
      return values()[name];
    },
    get error() {
      return form.fieldError(name);
    },
    onInput: (event: { currentTarget: { value: string } }) =>
      setValues((v) => ({ ...v, [name]: event.currentTarget.value })),
  });

  const payload = () => {
    const v = values();
    const address = {
      name: v['address.name'],
      line1: v['address.line1'],
      line2: v['address.line2'],
      city: v['address.city'],
      region: v['address.region'],
      postalCode: v['address.postalCode'],
      country: v['address.country'] as Country,
    };
    return { address, phone: v.phone };
  };

  async function submit(formEl: HTMLFormElement | undefined) {
    if (editing)
      await form.submit(formEl, AddressUpdateSchema, { id: editing.id, ...payload() }, updateAddress, onSaved);
    else await form.submit(formEl, AddressAddSchema, { ...payload(), makeDefault: makeDefault() }, addAddress, onSaved);
  }

  const fields: AddressFieldsForm = {
    country: () => COUNTRIES.find((c) => c === values()['address.country']) ?? 'US',
    field,
  };
  return { form, fields, phone: () => field('phone'), makeDefault, setMakeDefault, submit };
}
