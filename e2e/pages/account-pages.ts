import type { Page } from '@playwright/test';

/** Page objects for the account journeys: selectors by role and accessible name only. */
export class RegisterPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto('/');
    await this.page.getByRole('banner').getByRole('link', { name: 'Create account' }).click();
  }
  async submit(s: { email: string; name: string; password: string }) {
    const form = this.page.getByRole('main');
    await form.getByLabel('Email').fill(s.email);
    await form.getByLabel('Name').fill(s.name);
    await form.getByLabel('Password').fill(s.password);
    await form.getByRole('button', { name: 'Create account' }).click();
  }
}

export class SignInPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  }
  async submit(email: string, password: string) {
    const form = this.page.getByRole('main');
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
  }
}

export class AccountPage {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  async open() {
    await this.page.goto('/account');
  }
  async changePassword(current: string, next: string) {
    await this.main().getByLabel('Current password').fill(current);
    await this.main().getByLabel('New password').fill(next);
    await this.main().getByRole('button', { name: 'Change password' }).click();
  }
  async exportData() {
    const download = this.page.waitForEvent('download');
    await this.main().getByRole('button', { name: 'Export my data' }).click();
    return download;
  }
  async deleteAccount(password: string) {
    await this.main().getByLabel('Password', { exact: true }).fill(password);
    await this.main().getByRole('button', { name: 'Delete account' }).click();
    await this.page.getByRole('button', { name: 'Yes, delete my account' }).click();
  }
}
