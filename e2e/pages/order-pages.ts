import { expect, type Locator, type Page } from '@playwright/test';

/** The live status timeline, on the order page and the confirmation page. */
export class StatusTimeline {
  constructor(readonly page: Page) {}
  region = () => this.page.getByRole('main').getByRole('region', { name: 'Order status' });
  /** "Status: Paid", a polite live region. */
  status = () => this.region().getByRole('status');
  steps = () => this.region().getByRole('list', { name: 'Progress' }).getByRole('listitem');
  step = (label: string) => this.steps().filter({ hasText: label });

  async expectStatus(label: string, options?: { timeout?: number }) {
    await expect(this.status()).toHaveText(`Status: ${label}`, options);
    await expect(this.step(label)).toHaveAttribute('aria-current', 'step');
  }
}

/** /orders/:number */
export class OrderPage {
  readonly timeline: StatusTimeline;
  constructor(readonly page: Page) {
    this.timeline = new StatusTimeline(page);
  }
  main = () => this.page.getByRole('main');
  heading = () => this.main().getByRole('heading', { level: 1 });
  items = () => this.main().getByRole('list', { name: 'Items' }).getByRole('listitem');
  cancelButton = () => this.main().getByRole('button', { name: 'Cancel order', exact: true });
  confirmCancelButton = () => this.main().getByRole('button', { name: 'Yes, cancel order' });
  keepButton = () => this.main().getByRole('button', { name: 'Keep order' });

  async open(number: string) {
    await this.page.goto(`/orders/${number}`);
    await expect(this.heading()).toHaveText(`Order ${number}`);
  }

  async cancel() {
    await this.cancelButton().click();
    await this.confirmCancelButton().click();
  }
}

/** /orders */
export class OrderHistoryPage {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  list = () => this.main().getByRole('list', { name: 'Orders' });
  cards = () => this.list().getByRole('listitem');
  card = (number: string): Locator => this.cards().filter({ hasText: number });
  link = (number: string) => this.main().getByRole('link', { name: `View order ${number}` });

  async open() {
    await this.page.goto('/orders');
    await expect(this.main().getByRole('heading', { level: 1 })).toHaveText('Your orders');
  }
}

/** /checkout/confirmation/:number */
export class ConfirmationPage {
  readonly timeline: StatusTimeline;
  constructor(readonly page: Page) {
    this.timeline = new StatusTimeline(page);
  }
  main = () => this.page.getByRole('main');
  accountForm = () => this.main().getByRole('region', { name: 'Create an account' });

  async open(number: string) {
    await this.page.goto(`/checkout/confirmation/${number}`);
    await expect(this.main().getByRole('heading', { level: 1 })).toHaveText('Thank you for your order');
  }
}
