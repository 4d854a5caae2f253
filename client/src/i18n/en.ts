import { common } from './en/common.js';
import { account } from './en/account.js';
import { accountRecovery } from './en/account-recovery.js';
import { pages } from './en/pages.js';
import { about } from './en/about.js';
import { catalog } from './en/catalog.js';
import { productPage } from './en/product-page.js';
import { cart } from './en/cart.js';
import { reviews } from './en/reviews.js';
import { checkout } from './en/checkout.js';
import { addresses } from './en/addresses.js';
import { orders } from './en/orders.js';
import { chat } from './en/chat.js';
import { chatBeside } from './en/chat-beside.js';
import { staff } from './en/staff.js';
import { staffDesk } from './en/staff-desk.js';
import { desk } from './en/desk.js';
import { deskSearch } from './en/desk-search.js';
import { triage } from './en/desk-triage.js';
import { discounts } from './en/discounts.js';
import { errors } from './en/errors.js';
import { fieldErrors } from './en/field-errors.js';
import { mail } from './en/mail.js';

/**
 * Every user-facing string of the English UI. Long policy texts live in en/policies/ and are
 * loaded with their page (see policies.ts), so the first load stays small.
 */
export const en = {
  ...common,
  ...account,
  ...accountRecovery,
  ...pages,
  ...catalog,
  ...productPage,
  ...cart,
  ...reviews,
  ...checkout,
  ...addresses,
  ...orders,
  ...chat,
  ...chatBeside,
  ...staff,
  ...staffDesk,
  ...desk,
  ...deskSearch,
  ...triage,
  ...discounts,
  ...errors,
  ...fieldErrors,
  ...mail,
  about,
} as const;
