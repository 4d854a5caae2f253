import type { SavedAddress } from '../../../../shared/addresses.js';
import type { CheckoutField, CheckoutValues } from './checkout-fields.js';

/** The form's address fields as a saved address fills them. */
export function valuesOf(a: SavedAddress): Partial<CheckoutValues> {
  return {
    'address.country': a.country,
    'address.name': a.name,
    'address.line1': a.line1,
    'address.line2': a.line2,
    'address.city': a.city,
    'address.region': a.region,
    'address.postalCode': a.postalCode,
  };
}

/** Whether the form still holds this saved address as it was filled in (an edit makes it a new one). */
export const holds = (values: CheckoutValues, a: SavedAddress): boolean =>
  Object.entries(valuesOf(a)).every(([field, value]) => values[field as CheckoutField].trim() === value);
