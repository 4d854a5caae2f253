import type { Page } from '@playwright/test';

export interface ContactMessage {
  name?: string;
  email?: string;
  /** The visible option text, e.g. "Repair or warranty". */
  topic?: string;
  message?: string;
}

/** The Contact page: its form, then the receipt that replaces it once the message is sent. */
export class ContactPage {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  name = () => this.main().getByLabel('Name', { exact: true });
  email = () => this.main().getByLabel('Email', { exact: true });
  topic = () => this.main().getByLabel('Topic', { exact: true });
  message = () => this.main().getByLabel('Message', { exact: true });
  formAlert = () => this.main().getByRole('alert');
  /** The confirmation region: "Message sent", the date and the reference number. */
  receipt = () =>
    this.main()
      .getByRole('status')
      .filter({ has: this.page.getByRole('heading', { name: 'Message sent' }) });

  async open() {
    await this.page.goto('/contact');
  }

  async fill(m: ContactMessage) {
    if (m.name !== undefined) await this.name().fill(m.name);
    if (m.email !== undefined) await this.email().fill(m.email);
    if (m.topic !== undefined) await this.topic().selectOption({ label: m.topic });
    if (m.message !== undefined) await this.message().fill(m.message);
  }

  async send() {
    await this.main().getByRole('button', { name: 'Send message' }).click();
  }

  async sendAnother() {
    await this.main().getByRole('button', { name: 'Send another message' }).click();
  }
}
