import { expect, type Page } from '@playwright/test';

/** The account page's "Addresses" card: the list, its actions and the add/edit form. */
export class AddressBookSection {
  constructor(readonly page: Page) {}
  card = () => this.page.getByRole('main').getByRole('region', { name: 'Addresses' });
  items = () => this.card().getByRole('listitem');
  item = (name: string) => this.items().filter({ hasText: name });
  addButton = () => this.card().getByRole('button', { name: 'Add an address' });
  editor = () => this.card().getByRole('form');
  field = (label: string) => this.editor().getByLabel(label, { exact: true });

  async open() {
    await this.page.goto('/account');
    await expect(this.card()).toBeVisible();
    await expect(this.card()).not.toContainText('Loading your addresses');
  }

  async add(a: { name: string; line1: string; city: string; state: string; zip: string; phone?: string }) {
    await this.addButton().click();
    await expect(this.editor()).toBeVisible();
    await this.field('Full name').fill(a.name);
    await this.field('Street address').fill(a.line1);
    await this.field('City').fill(a.city);
    await this.field('State').fill(a.state);
    await this.field('ZIP code').fill(a.zip);
    if (a.phone) await this.field('Phone (optional)').fill(a.phone);
    await this.editor().getByRole('button', { name: 'Save address' }).click();
    await expect(this.card().getByRole('status')).toHaveText('Address saved.');
  }
}

/** The checkout's saved-address choice ("Deliver to") and "Save this address to my account". */
export class CheckoutAddressChoice {
  constructor(readonly page: Page) {}
  group = () => this.page.getByRole('main').getByRole('group', { name: 'Deliver to' });
  option = (name: string | RegExp) => this.group().getByRole('radio', { name });
  saveBox = () => this.page.getByRole('checkbox', { name: 'Save this address to my account' });
  defaultBox = () => this.page.getByRole('checkbox', { name: 'Make it my default' });
}
