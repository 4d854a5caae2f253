import { expect, type Page } from '@playwright/test';
import { literal } from './exact-text.js';

/** /staff: the live overview and the conversation a staff member watches. Selectors by role and name. */
export class StaffConsole {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  heading = () => this.main().getByRole('heading', { level: 1, name: 'Support console' });
  waitingBadge = () => this.main().getByText(/^\d+ waiting$/);
  /** The polite announcement of a hand-off request. */
  announcement = (text: string) => this.page.getByRole('status').filter({ hasText: text });
  list = () => this.main().getByRole('region', { name: 'Conversations', exact: true });
  filter = (name: string) => this.list().getByRole('radio', { name, exact: true });
  /** A row of the overview; its link names the shopper, status, last message, cart and presence. */
  row = (shopper: string) => this.list().getByRole('link', { name: new RegExp(`^${literal(shopper)}`) });
  conversation = (shopper: string) => this.main().getByRole('region', { name: `Conversation with ${shopper}` });
  transcript = () => this.main().getByRole('list', { name: 'Transcript' });
  answers = () =>
    this.transcript()
      .getByRole('listitem')
      .filter({ hasText: /^VisionX assistant/ });
  shopperMessage = (text: string) =>
    this.transcript()
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^Shopper: ${literal(text)}$`) });
  button = (name: string) => this.main().getByRole('button', { name, exact: true });
  replyField = () => this.main().getByRole('textbox', { name: 'Reply' });
  cart = () => this.main().getByRole('region', { name: 'Shopper’s cart' });
  orders = () => this.main().getByRole('region', { name: 'Orders', exact: true });
  tools = () => this.main().getByRole('region', { name: 'Assistant’s tool actions' });
  orderMove = (number: string, status: string) =>
    this.orders().getByRole('button', { name: `Mark order ${number} ${status}` });
  back = () => this.main().getByRole('link', { name: 'Back to conversations' });

  async open() {
    await this.page.goto('/staff');
    await expect(this.heading()).toBeVisible();
    await expect(this.list()).toBeVisible();
  }
}
