import { expect, type Page } from '@playwright/test';

export interface CheckoutDetails {
  email?: string;
  phone?: string;
  name?: string;
  line1?: string;
  city?: string;
  /** The option text, e.g. "Canada". */
  country?: string;
  /** Labelled by country: "State", "Province", "County (optional)"… */
  region?: { label: string; value: string };
  /** Labelled by country: "ZIP code", "Postal code", "Postcode". */
  postalCode?: { label: string; value: string };
  card?: { number: string; expiry: string; cvc: string; name: string };
}

/** /checkout: the summary, the form's sections and fields by label, and "Place order". */
export class CheckoutPage {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  heading = () => this.main().getByRole('heading', { level: 1, name: 'Checkout' });
  summary = () => this.main().getByRole('region', { name: 'Order summary' });
  section = (name: 'Contact' | 'Shipping address' | 'Shipping method' | 'Payment') =>
    this.main().getByRole('group', { name, exact: true });
  field = (label: string) => this.main().getByLabel(label, { exact: true });
  /** The error summary at the top of the form. */
  errorSummary = () => this.main().getByRole('alert').filter({ hasText: 'Please correct these fields:' });
  /** "Place order · $12.34". */
  placeOrder = () => this.main().getByRole('button', { name: /^Place order/ });

  async open() {
    await this.page.goto('/checkout');
    await expect(this.heading()).toBeVisible();
  }

  async fill(d: CheckoutDetails) {
    if (d.email !== undefined) await this.field('Email').fill(d.email);
    if (d.phone !== undefined) await this.field('Phone').fill(d.phone);
    if (d.name !== undefined) await this.field('Full name').fill(d.name);
    if (d.line1 !== undefined) await this.field('Street address').fill(d.line1);
    if (d.city !== undefined) await this.field('City').fill(d.city);
    if (d.country !== undefined) await this.field('Country').selectOption({ label: d.country });
    if (d.region) await this.field(d.region.label).fill(d.region.value);
    if (d.postalCode) await this.field(d.postalCode.label).fill(d.postalCode.value);
    if (d.card) await this.fillCard(d.card);
  }

  async fillCard(card: NonNullable<CheckoutDetails['card']>) {
    await this.field('Card number').fill(card.number);
    await this.field('Expiry date').fill(card.expiry);
    await this.field('Security code').fill(card.cvc);
    await this.field('Name on card').fill(card.name);
  }
}
