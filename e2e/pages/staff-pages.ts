import { expect, type Locator, type Page } from '@playwright/test';
import { literal } from './exact-text.js';

/** /staff: the desk's own shell, its live list, the conversation a staff member watches and the customer. Selectors by role and name. */
export class StaffConsole {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  /** The desk's top bar (its only banner: the storefront's header is not there). */
  topBar = () => this.page.getByRole('banner');
  heading = () => this.main().getByRole('heading', { level: 1, name: 'Support console' });
  waitingBadge = () => this.topBar().getByText(/^\d+ waiting$/);
  /** The polite announcement of a hand-off request. */
  announcement = (text: string) => this.page.getByRole('status').filter({ hasText: text });
  list = () => this.main().getByRole('navigation', { name: 'Conversations', exact: true });
  filter = (name: string) => this.list().getByRole('radio', { name, exact: true });
  /** A row of the overview; its link names the shopper, status, last message, cart and presence. */
  row = (shopper: string) => this.list().getByRole('link', { name: new RegExp(`^${literal(shopper)}`) });
  rows = () => this.list().getByRole('link');
  selectedRow = () => this.list().locator('a[aria-current]');
  conversation = (shopper: string) => this.main().getByRole('region', { name: `Conversation with ${shopper}` });
  dashboard = () => this.main().getByRole('region', { name: 'Dashboard' });
  transcript = () => this.main().getByRole('list', { name: 'Transcript' });
  messages = () => this.transcript().getByRole('listitem');
  answers = () => this.messages().filter({ hasText: /^VisionX assistant/ });
  shopperMessage = (text: string) => this.messages().filter({ hasText: new RegExp(`^Shopper: ${literal(text)}$`) });
  button = (name: string) => this.main().getByRole('button', { name, exact: true });
  replyField = () => this.main().getByRole('textbox', { name: 'Reply' });
  resolutionField = () => this.main().getByRole('textbox', { name: 'Resolution note' });
  customer = () => this.main().getByRole('complementary', { name: 'Customer' });
  cart = () => this.main().getByRole('region', { name: 'Shopper’s cart' });
  orders = () => this.main().getByRole('region', { name: 'Orders', exact: true });
  tools = () => this.main().getByRole('region', { name: 'Assistant’s tool actions' });
  orderMove = (number: string, status: string) =>
    this.orders().getByRole('button', { name: `Mark order ${number} ${status}` });
  back = () => this.main().getByRole('link', { name: 'Back to conversations' });
  shortcutsButton = () => this.topBar().getByRole('button', { name: 'Keyboard shortcuts' });
  shortcuts = () => this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });

  async open() {
    await this.page.goto('/staff');
    await expect(this.heading()).toBeAttached();
    await expect(this.list()).toBeVisible();
  }

  /** Is the whole element inside the window, with nothing of it below the fold or above the top? */
  async expectInView(target: Locator) {
    const box = await target.boundingBox();
    const view = this.page.viewportSize()!;
    expect(box, 'the element has a box').not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(view.height);
    expect(box!.x + box!.width).toBeLessThanOrEqual(view.width);
  }
}
