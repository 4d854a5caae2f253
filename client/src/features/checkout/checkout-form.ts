import { useNavigate } from '@solidjs/router';
import { batch, createEffect, createSignal, on } from 'solid-js';
import type { Cart } from '../../../../shared/cart.js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { fieldErrorsOf } from '../../../../shared/field-errors.js';
import { focusFirstInvalid } from '../../lib/form.js';
import { request } from '../../lib/socket.js';
import { currentUser } from '../account/viewer.js';
import { cart, refreshCart } from '../cart/cart.store.js';
import { rememberOrder } from '../orders/orders.store.js';
import { appliedDiscount, discountRefusedAtCheckout, removeDiscount } from './discount-code.store.js';
import {
  attemptToSend,
  fingerprintOf,
  openAfter,
  outcomeOf,
  type CheckoutAttempt,
  type CheckoutOutcome,
} from './checkout-attempt.js';
import {
  CheckoutDetailsSchema,
  emptyCheckoutValues,
  fieldId,
  isCountry,
  isShippingMethod,
  splitFieldErrors,
  toCheckoutDetails,
  type CheckoutField,
  type CheckoutValues,
} from './checkout-fields.js';
import { createAddressChoice } from './address-choice.js';

type FieldErrors = Partial<Record<CheckoutField, string>>;

/**
 * The checkout form's state and its one action. The card's number and code live only in these
 * signals, which end with the page: no store, no URL, no storage.
 */
export function createCheckoutForm() {
  const navigate = useNavigate();
  const [values, setValues] = createSignal<CheckoutValues>(emptyCheckoutValues());
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [summaryShown, setSummaryShown] = createSignal(false);
  const [formMessage, setFormMessage] = createSignal<string | null>(null);
  const [paymentMessage, setPaymentMessage] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  // The attempt whose answer never came, and the cart it was for: sent again as it is.
  const [open, setOpen] = createSignal<CheckoutAttempt | null>(null);
  const [sentCart, setSentCart] = createSignal<Cart | null>(null);
  let formEl: HTMLFormElement | undefined;

  const set = (field: CheckoutField, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const addressChoice = createAddressChoice({ values, set });

  // Fill in who is signed in, without overwriting anything already typed.
  createEffect(
    on(currentUser, (user) => {
      if (!user) return;
      const v = values();
      setValues({ ...v, email: v.email || user.email, 'address.name': v['address.name'] || user.name });
    }),
  );

  const country = () => {
    const value = values()['address.country'];
    return isCountry(value) ? value : 'US';
  };
  const method = () => {
    const value = values().shippingMethod;
    return isShippingMethod(value) ? value : 'standard';
  };
  /** While an attempt is in flight or unanswered, the cart it is for (the live one may already be empty). */
  const shownCart = () => ((busy() || open()) && sentCart()) || cart();

  /** Props that bind a control to its value and error, by the field's payload path. */
  const field = (name: CheckoutField) => ({
    id: fieldId(name),
    name,
    get value() {
      return values()[name];
    },
    get error() {
      return errors()[name];
    },
    onInput: (event: { currentTarget: { value: string } }) => set(name, event.currentTarget.value),
  });

  function showOutcome(outcome: Exclude<CheckoutOutcome, { kind: 'placed' }>) {
    const { known, other } = splitFieldErrors(outcome.error.fields);
    const message =
      outcome.kind === 'unanswered' && outcome.error.code !== 'rate_limited'
        ? t('checkout.unanswered')
        : errorMessage(outcome.error);
    batch(() => {
      set('card.cvc', ''); // never kept past a failed attempt
      setErrors(known);
      setSummaryShown(outcome.kind === 'invalid');
      if (outcome.kind === 'payment-refused') setPaymentMessage(message);
      else if (outcome.kind !== 'invalid' || other.length > 0 || Object.keys(known).length === 0)
        setFormMessage(message);
    });
    if (outcome.kind === 'cart-changed') void refreshCart();
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    const code = appliedDiscount()?.code;
    const details = {
      ...toCheckoutDetails(values()),
      ...addressChoice.saveRequest(),
      ...(code ? { discountCode: code } : {}),
    };
    const parsed = CheckoutDetailsSchema.safeParse(details);
    batch(() => {
      setFormMessage(null);
      setPaymentMessage(null);
      setErrors(parsed.success ? {} : splitFieldErrors(fieldErrorsOf(parsed.error)).known);
      setSummaryShown(!parsed.success);
    });
    if (!parsed.success) return focusFirstInvalid(formEl);

    const attempt = attemptToSend(open(), fingerprintOf(parsed.data), cart().version);
    if (attempt !== open()) setSentCart(cart());
    setOpen(attempt);
    setBusy(true);
    const result = await request('checkout:place', {
      ...details,
      idempotencyKey: attempt.key,
      cartVersion: attempt.cartVersion,
    });
    const outcome = outcomeOf(result);
    setOpen(openAfter(attempt, outcome));
    if (!result.ok) discountRefusedAtCheckout(result.error);
    if (outcome.kind === 'placed') {
      removeDiscount(); // used by this order
      rememberOrder(outcome.order); // the confirmation page shows it at once, without asking again
      return navigate(`/checkout/confirmation/${outcome.order.number}`);
    }
    showOutcome(outcome);
    setBusy(false);
    if (Object.keys(errors()).length > 0) focusFirstInvalid(formEl);
    else formEl?.querySelector<HTMLElement>('[data-checkout-message]')?.focus();
  }

  return {
    field,
    set,
    values,
    errors,
    summaryShown,
    formMessage,
    paymentMessage,
    busy,
    country,
    method,
    shownCart,
    addressChoice,
    submit,
    setFormElement: (el: HTMLFormElement) => (formEl = el),
  };
}

export type CheckoutForm = ReturnType<typeof createCheckoutForm>;
