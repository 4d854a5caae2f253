import { expect, type Page } from '@playwright/test';

/** Page objects for "Forgot password?", the reset page and the profile card: role-and-name selectors only. */
export class ForgotPasswordPage {
  constructor(readonly page: Page) {}
  async openFromSignIn() {
    await this.page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await this.page.getByRole('main').getByRole('link', { name: 'Forgot password?' }).click();
    // The sign-in page has an Email field too: type only once the new page is there.
    await expect(this.page.getByRole('heading', { name: 'Reset your password', level: 1 })).toBeVisible();
  }
  async submit(email: string) {
    await this.page.getByRole('main').getByLabel('Email').fill(email);
    await this.page.getByRole('main').getByRole('button', { name: 'Send reset link' }).click();
  }
  /** The neutral confirmation, the same whether or not the email has an account. */
  confirmation = () => this.page.getByRole('status').filter({ hasText: 'Check your email' });
  sendAnother = () => this.page.getByRole('main').getByRole('button', { name: 'send another link' });
}

export class ResetPasswordPage {
  constructor(readonly page: Page) {}
  async open(token: string) {
    await this.page.goto(`/reset-password#token=${token}`);
  }
  async submit(password: string, confirm = password) {
    const main = this.page.getByRole('main');
    await main.getByLabel('New password', { exact: true }).fill(password);
    await main.getByLabel('Repeat the new password').fill(confirm);
    await main.getByRole('button', { name: 'Set new password' }).click();
  }
  askAgain = () => this.page.getByRole('main').getByRole('link', { name: 'Ask for a new link' });
}

export class ProfileCard {
  constructor(readonly page: Page) {}
  card = () => this.page.getByRole('region', { name: 'Profile' });
  async rename(name: string) {
    await this.card().getByRole('button', { name: 'Edit name' }).click();
    await this.card().getByLabel('Name').fill(name);
    await this.card().getByRole('button', { name: 'Save name' }).click();
  }
}
