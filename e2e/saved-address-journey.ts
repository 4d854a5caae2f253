import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.js';
import { AddressBookSection, CheckoutAddressChoice } from './pages/address-pages.js';
import { CheckoutPage } from './pages/checkout-page.js';
import { ShopperSocket, TEST_CARD } from './place-order.js';

const HOME = {
  name: 'Robin Vega',
  line1: '500 Howard St',
  city: 'San Francisco',
  state: 'CA',
  zip: '94105',
  phone: '+1 415 555 0100',
};
const CARD = { number: TEST_CARD, expiry: '12/34', cvc: '123', name: 'Robin Vega' };

/** A cable put in the cart over the shopper's own socket (the cart is not this journey's subject), then /checkout. */
async function cableInCartAtCheckout(page: Page, baseURL: string): Promise<CheckoutPage> {
  const shopper = await ShopperSocket.open(page.context(), baseURL);
  const variant = await shopper.variant({ slug: 'usb-c-braided-cable-1m', colour: 'black' });
  await shopper.request('cart:add', { variantId: variant.id, quantity: 1 });
  shopper.close();
  const checkout = new CheckoutPage(page);
  await checkout.open();
  await expect(checkout.placeOrder()).toBeVisible();
  return checkout;
}

/**
 * [BOOK9] The saved-address journey, the same at both widths: an address added on the account
 * page is chosen and filled in at checkout and the order is placed to it; then a new address
 * typed at checkout with "Save this address to my account" appears on the account page as the default.
 */
export async function savedAddressJourney(
  page: Page,
  baseURL: string,
  shot?: (name: string, part: Locator) => Promise<void>,
) {
  const book = new AddressBookSection(page);
  await book.open();
  await expect(book.card()).toContainText('No saved addresses yet.');
  await book.add(HOME);
  await expect(book.item(HOME.line1)).toContainText('Default');
  await expect(book.item(HOME.line1)).toContainText('500 Howard St, San Francisco, CA 94105, United States');
  await shot?.('account', book.card());

  let checkout = await cableInCartAtCheckout(page, baseURL);
  const choice = new CheckoutAddressChoice(page);
  await expect(choice.option(/Robin Vega.*Default/)).toBeChecked();
  await expect(checkout.field('Street address')).toHaveValue(HOME.line1);
  await expect(checkout.field('ZIP code')).toHaveValue(HOME.zip);
  await expect(checkout.field('Phone')).toHaveValue(HOME.phone);
  await expect(choice.saveBox()).toHaveCount(0); // a saved address is not offered to be saved again
  await shot?.('checkout', checkout.section('Shipping address'));
  await checkout.fillCard(CARD);
  await checkout.placeOrder().click();
  await expect(page).toHaveURL(/\/checkout\/confirmation\//, { timeout: 20_000 }); // a charge and a commit
  await expect(page.getByRole('main')).toContainText('500 Howard St');

  // A new address at checkout, saved as the default with the order.
  checkout = await cableInCartAtCheckout(page, baseURL);
  await choice.option('Use a new address').check();
  await expect(checkout.field('Street address')).toHaveValue('');
  await checkout.fill({
    name: 'Robin at work',
    line1: '1 Market St',
    city: 'San Francisco',
    region: { label: 'State', value: 'CA' },
    postalCode: { label: 'ZIP code', value: '94105' },
  });
  await choice.saveBox().check();
  await choice.defaultBox().check();
  await checkout.fillCard(CARD);
  await checkout.placeOrder().click();
  await expect(page).toHaveURL(/\/checkout\/confirmation\//, { timeout: 20_000 }); // a charge and a commit

  await book.open();
  await expect(book.items()).toHaveCount(2);
  await expect(book.items().first()).toContainText('Robin at work');
  await expect(book.item('1 Market St')).toContainText('Default');
  await expect(book.item(HOME.line1)).not.toContainText('Default');
}
