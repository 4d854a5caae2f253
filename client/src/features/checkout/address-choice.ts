import { batch, createEffect, createSignal, on } from 'solid-js';
import { MAX_SAVED_ADDRESSES, type SavedAddress } from '../../../../shared/addresses.js';
import { currentUser } from '../account/viewer.js';
import { addressBook, addressBookReady, defaultAddress, startAddresses } from '../addresses/addresses.store.js';
import { ownerId } from '../addresses/book-owner.js';
import { CHECKOUT_FIELDS, type CheckoutField, type CheckoutValues } from './checkout-fields.js';
import { holds, valuesOf } from './saved-address-values.js';

const ADDRESS_FIELDS = CHECKOUT_FIELDS.filter((f) => f.startsWith('address.') && f !== 'address.country');

type Choice = number | 'new';

/**
 * docs/SPEC.md [BOOK9]: which saved address the checkout delivers to, or a new one, and whether
 * a new one is saved with the order. Choosing fills the fields (and the phone, if saved with it);
 * the default is chosen by itself once the book arrives, unless an address was already typed.
 * Only the current account's book is offered (addresses.store.ts); if the tab changes hands, what
 * the previous account's book filled in is cleared.
 */
export function createAddressChoice(form: {
  values: () => CheckoutValues;
  set: (field: CheckoutField, value: string) => void;
}) {
  startAddresses();
  const [picked, setPicked] = createSignal<Choice>('new');
  const [save, setSave] = createSignal(false);
  const [makeDefault, setMakeDefault] = createSignal(false);
  /** The phone the chosen address filled in, if any. */
  let filledPhone: string | null = null;

  const signedIn = () => Boolean(currentUser());
  /** The saved address picked, while the fields still hold it unchanged. */
  const chosen = (): SavedAddress | undefined => {
    const id = picked();
    const a = id === 'new' ? undefined : addressBook().find((s) => s.id === id);
    return a && holds(form.values(), a) ? a : undefined;
  };
  const bookFull = () => addressBook().length >= MAX_SAVED_ADDRESSES;

  function choose(choice: Choice) {
    const a = choice === 'new' ? undefined : addressBook().find((s) => s.id === choice);
    batch(() => {
      setPicked(a ? a.id : 'new');
      if (a) {
        for (const [field, value] of Object.entries(valuesOf(a))) form.set(field as CheckoutField, value);
        if (a.phone) form.set('phone', a.phone);
        filledPhone = a.phone || null;
      } else {
        // A blank form for the new address; the country stays, as the labels below follow it.
        for (const field of ADDRESS_FIELDS) form.set(field, '');
      }
    });
  }

  // The tab changed hands: the previous account's saved address (and its phone) leave the form.
  createEffect(
    on(
      () => ownerId(currentUser()),
      () => {
        const fromBook = picked() !== 'new';
        const phone = filledPhone;
        filledPhone = null;
        if (!fromBook && phone === null) return;
        batch(() => {
          if (fromBook) for (const field of ADDRESS_FIELDS) form.set(field, '');
          if (phone !== null && form.values().phone === phone) form.set('phone', '');
          setPicked('new');
          setSave(false);
          setMakeDefault(false);
        });
      },
      { defer: true },
    ),
  );

  // Once per book: the default, when the book of whoever this tab is arrives and nothing was typed yet.
  createEffect(
    on(addressBookReady, (ready, wasReady) => {
      const a = defaultAddress();
      if (ready && !wasReady && a && form.values()['address.line1'] === '') choose(a.id);
    }),
  );

  return {
    signedIn,
    chosen,
    bookFull,
    choose,
    save,
    setSave,
    makeDefault,
    setMakeDefault,
    /** What `checkout:place` carries for "Save this address to my account", if anything. */
    saveRequest: (): { saveAddress?: { makeDefault: boolean } } =>
      signedIn() && !chosen() && !bookFull() && save() ? { saveAddress: { makeDefault: makeDefault() } } : {},
  };
}

export type AddressChoice = ReturnType<typeof createAddressChoice>;
