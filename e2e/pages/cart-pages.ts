import { expect, type Locator, type Page } from '@playwright/test';
import { literal } from './exact-text.js';

/** The header's cart button ("Cart, 3 items") and the drawer it opens, by role and accessible name. */
export class CartDrawer {
  constructor(readonly page: Page) {}
  button = () => this.page.getByRole('banner').getByRole('button', { name: /^Cart/ });
  dialog = () => this.page.getByRole('dialog', { name: 'Cart' });
  closeButton = () => this.dialog().getByRole('button', { name: 'Close cart' });
  /** A line, named "<product> <colour, storage>". */
  line = (product: string) => this.dialog().getByRole('listitem', { name: new RegExp(`^${literal(product)} `) });
  increase = (line: Locator) => line.getByRole('button', { name: 'Increase quantity', exact: true });
  decrease = (line: Locator) => line.getByRole('button', { name: 'Decrease quantity', exact: true });
  remove = (line: Locator) => line.getByRole('button', { name: 'Remove', exact: true });

  async expectCount(count: number) {
    await expect(this.button()).toHaveAccessibleName(`Cart, ${count} item${count === 1 ? '' : 's'}`);
  }

  async open() {
    await this.button().click();
    await expect(this.dialog()).toBeVisible();
  }
}
