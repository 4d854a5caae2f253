import { expect, type Page } from '@playwright/test';

/** /staff/discounts: the create form and the list of codes, by role and name. */
export class DeskDiscounts {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  heading = () => this.main().getByRole('heading', { level: 1, name: 'Discount codes' });
  form = () => this.main().getByRole('region', { name: 'New code' });
  list = () => this.main().getByRole('region', { name: 'Codes' });
  item = (code: string) => this.list().getByRole('listitem').filter({ hasText: code });
  disable = (code: string) => this.list().getByRole('button', { name: `Disable ${code}` });

  async create(c: {
    code: string;
    kind: 'Percent off' | 'Amount off';
    value: string;
    expiry?: string;
    limit?: string;
  }) {
    const form = this.form();
    await form.getByLabel('Code', { exact: true }).fill(c.code);
    await form.getByRole('radio', { name: c.kind }).check();
    await form.getByLabel(c.kind === 'Percent off' ? 'Percent (1–100)' : 'Amount in dollars').fill(c.value);
    if (c.expiry) await form.getByLabel('Last day (optional)').fill(c.expiry);
    if (c.limit) await form.getByLabel('Usage limit (optional)').fill(c.limit);
    await form.getByRole('button', { name: 'Create code' }).click();
    await expect(form).toContainText(`Code ${c.code.toUpperCase()} created.`);
  }
}

/** The checkout's discount code field and its line in the order summary. */
export class DiscountCodeField {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  field = () => this.main().getByRole('textbox', { name: 'Discount code', exact: true });
  apply = () => this.main().getByRole('button', { name: 'Apply', exact: true });
  summaryLine = (code: string) =>
    this.main()
      .getByRole('region', { name: 'Order summary' })
      .getByRole('term')
      .filter({ hasText: `Code ${code}` });
  remove = (code: string) => this.main().getByRole('button', { name: `Remove ${code}` });

  async applyCode(code: string) {
    await this.field().fill(code);
    await this.apply().click();
  }
}
