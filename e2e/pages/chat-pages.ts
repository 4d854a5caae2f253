import { expect, type Locator, type Page } from '@playwright/test';
import { literal, SENT_AT } from './exact-text.js';

/**
 * The assistant's chat: the "Open chat" launcher on every page and the panel it opens, a
 * complementary landmark beside the page from 1024 px and a modal dialog below (or the
 * Support page's panel, given as `root`). Selectors by role and accessible name only.
 */
export class ChatWidget {
  constructor(
    readonly page: Page,
    readonly root: Locator = page
      .getByRole('complementary', { name: 'Chat with VisionX' })
      .or(page.getByRole('dialog', { name: 'Chat with VisionX' })),
  ) {}
  launcher = () => this.page.getByRole('button', { name: 'Open chat' });
  closeButton = () => this.root.getByRole('button', { name: 'Close chat' });
  field = () => this.root.getByRole('textbox', { name: 'Message' });
  sendButton = () => this.root.getByRole('button', { name: 'Send', exact: true });
  stopButton = () => this.root.getByRole('button', { name: 'Stop', exact: true });
  conversation = () => this.root.getByRole('list', { name: 'Conversation' });
  /** The shopper's messages and the assistant's answers, oldest first. */
  shopperMessage = (text: string) =>
    this.conversation()
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^You: ${literal(text)}${SENT_AT}$`) });
  answers = () =>
    this.conversation()
      .getByRole('listitem')
      .filter({ hasText: /^VisionX assistant/ });
  productCard = (name: string) => this.root.getByRole('article', { name: `Product: ${name}` });
  /** A proposed cart change, named "<question> <product>", e.g. "Add to your cart? Vision Go". */
  proposal = (product: string) => this.root.getByRole('article', { name: new RegExp(`\\? ${literal(product)}$`) });
  suggestion = (text: string) =>
    this.root.getByRole('group', { name: 'Suggested questions' }).getByRole('button', { name: text });
  continueLast = () => this.root.getByRole('button', { name: 'Continue last conversation' });
  newConversation = () => this.root.getByRole('button', { name: 'New conversation' });
  pastConversations = () => this.root.getByRole('button', { name: 'Past conversations' });
  department = () => this.root.getByRole('combobox', { name: 'Department' });

  talkToPerson = () => this.root.getByRole('button', { name: 'Talk to a person' });
  /** Staff messages, named "<first name> from VisionX". */
  staffMessage = (name: string) =>
    this.conversation()
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^${literal(name)} from VisionX`) });
  /** The card a resolved conversation ends with. */
  ratingCard = () => this.root.getByRole('article', { name: 'How did we do?' });
  ratingGroup = () => this.ratingCard().getByRole('radiogroup', { name: 'How did we do?' });
  stars = (count: number) => this.ratingCard().getByRole('radio', { name: count === 1 ? '1 star' : `${count} stars` });

  /** Rate the conversation on its card: a score, an optional comment, Submit. */
  async rate(score: number, comment: string) {
    await this.stars(score).check();
    await this.ratingCard()
      .getByRole('textbox', { name: /^Anything you would like to add/ })
      .fill(comment);
    await this.ratingCard().getByRole('button', { name: 'Submit' }).click();
  }

  async open() {
    await this.launcher().click();
    await expect(this.root).toBeVisible();
    await expect(this.field()).toBeVisible();
  }

  /** Send a message and wait until the answer it starts has ended. */
  async ask(text: string) {
    const before = await this.answers().count();
    await this.field().fill(text);
    await this.sendButton().click();
    await expect(this.shopperMessage(text)).toBeVisible();
    await this.expectAnswered(before + 1);
  }

  /** `count` answers are shown and none is streaming any more. */
  async expectAnswered(count: number) {
    await expect(this.answers()).toHaveCount(count, { timeout: 15_000 });
    await expect(this.stopButton()).toBeHidden({ timeout: 15_000 });
    await expect(this.sendButton()).toBeVisible();
  }
}
