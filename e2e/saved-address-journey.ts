import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';
import { AddressBookSection, CheckoutAddressChoice } from './pages/address-pages.js';
import { CartDrawer } from './pages/cart-pages.js';
import { CheckoutPage } from './pages/checkout-page.js';
import { ProductPage } from './pages/shop-pages.js';
import { TEST_CARD } from './place-order.js';

const HOME = {
  name: 'Robin Vega',
  line1: '500 Howard St',
  city: 'San Francisco',
  state: 'CA',
  zip: '94105',
  phone: '+1 415 555 0100',
};
const CARD = { number: TEST_CARD, expiry: '12/34', cvc: '123', name: 'Robin Vega' };

async function cableInCartAtCheckout(page: Page): Promise<CheckoutPage> {
  const product = new ProductPage(page);
  await product.open('usb-c-braided-cable-1m', '?colour=black');
  await product.addToCart().click();
  await new CartDrawer(page).expectCount(1);
  const checkout = new CheckoutPage(page);
  await checkout.open();
  return checkout;
}

/**
 * [ADDR9] The saved-address journey, the same at both widths: an address added on the account
 * page is chosen and filled in at checkout and the order is placed to it; then a new address
 * typed at checkout with "Save this address to my account" appears on the account page as the default.
 */
export async function savedAddressJourney(page: Page, shot?: (name: string) => Promise<void>) {
  const book = new AddressBookSection(page);
  await book.open();
  await expect(book.card()).toContainText('No saved addresses yet.');
  await book.add(HOME);
  await expect(book.item(HOME.line1)).toContainText('Default');
  await expect(book.item(HOME.line1)).toContainText('500 Howard St, San Francisco, CA 94105, United States');
  await shot?.('account');

  let checkout = await cableInCartAtCheckout(page);
  const choice = new CheckoutAddressChoice(page);
  await expect(choice.option(/Robin Vega.*Default/)).toBeChecked();
  await expect(checkout.field('Street address')).toHaveValue(HOME.line1);
  await expect(checkout.field('ZIP code')).toHaveValue(HOME.zip);
  await expect(checkout.field('Phone')).toHaveValue(HOME.phone);
  await expect(choice.saveBox()).toHaveCount(0); // a saved address is not offered to be saved again
  await shot?.('checkout');
  await checkout.fillCard(CARD);
  await checkout.placeOrder().click();
  await expect(page).toHaveURL(/\/checkout\/confirmation\//);
  await expect(page.getByRole('main')).toContainText('500 Howard St');

  // A new address at checkout, saved as the default with the order.
  checkout = await cableInCartAtCheckout(page);
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
  await expect(page).toHaveURL(/\/checkout\/confirmation\//);

  await book.open();
  await expect(book.items()).toHaveCount(2);
  await expect(book.items().first()).toContainText('Robin at work');
  await expect(book.item('1 Market St')).toContainText('Default');
  await expect(book.item(HOME.line1)).not.toContainText('Default');
}
