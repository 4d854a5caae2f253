import { expect, type Locator, type Page } from '@playwright/test';
import { literal, SENT_AT } from './exact-text.js';

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
  shopperMessage = (text: string) =>
    this.messages().filter({ hasText: new RegExp(`^Shopper: ${literal(text)}${SENT_AT}$`) });
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
  /** Below 1024 px the header's actions and triage controls fold behind this disclosure. */
  actionsDisclosure = () => this.main().getByRole('button', { name: 'Actions', exact: true });
  triage = () => this.main().getByRole('group', { name: 'Triage' });
  /** Status and Priority are selects that change nothing until their Apply button is pressed. */
  triageSelect = (name: 'Status' | 'Priority') => this.triage().getByRole('combobox', { name, exact: true });
  applyButton = (name: 'Status' | 'Priority') =>
    this.triage().getByRole('button', { name: `Apply ${name.toLowerCase()}`, exact: true });
  /** "Reply to shopper" or "Internal note", the reply area's tabs. */
  composerTab = (name: 'Reply to shopper' | 'Internal note') => this.main().getByRole('tab', { name, exact: true });
  noteField = () => this.main().getByRole('textbox', { name: 'Note for the team' });
  /** Internal notes in the timeline, marked as such in words. */
  notes = () => this.messages().filter({ hasText: /^Internal note · only staff see this/ });
  savedRepliesButton = () => this.main().getByRole('button', { name: 'Saved replies', exact: true });
  savedReplies = () => this.page.getByRole('dialog', { name: 'Saved replies' });
  /** The saved replies a `/` in the reply box offers (the field's listbox). */
  savedReplyOptions = () => this.main().getByRole('listbox', { name: 'Saved replies' }).getByRole('option');
  shortcutsButton = () => this.topBar().getByRole('button', { name: 'Keyboard shortcuts' });
  shortcuts = () => this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });

  /** Create a saved reply in the team's list through the "Saved replies" manager, and close it. */
  async createSavedReply(title: string, body: string) {
    await this.savedRepliesButton().click();
    const dialog = this.savedReplies();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'New saved reply' }).click();
    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await dialog.getByRole('textbox', { name: /^Text/ }).fill(body);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText(`Saved “${title}”.`);
    await expect(dialog.getByRole('heading', { name: title, exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Type `/query` in the reply box: the saved replies it matches are offered. */
  async offerSavedReplies(query: string) {
    await this.replyField().focus();
    await this.replyField().pressSequentially(`/${query}`);
    await expect(this.savedReplyOptions().first()).toBeVisible();
  }

  /**
   * Choose the offered saved reply titled `title` with the keyboard: ArrowDown until it is the
   * active option (the field's aria-activedescendant), then Enter.
   */
  async chooseSavedReply(title: string) {
    const field = this.replyField();
    const options = this.savedReplyOptions();
    const titles = await options.evaluateAll((items) => items.map((li) => li.firstElementChild?.textContent));
    const index = titles.indexOf(title);
    expect(index, `"${title}" is offered`).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await field.press('ArrowDown');
    const active = options.nth(index);
    await expect(active).toHaveAttribute('aria-selected', 'true');
    await expect(field).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!);
    await field.press('Enter');
    await expect(this.savedReplyOptions()).toHaveCount(0);
  }

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
