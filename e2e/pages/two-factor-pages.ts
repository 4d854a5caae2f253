import type { Page } from '@playwright/test';

/** Sign-in's second step: selectors by role and accessible name only. */
export class CodeStep {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  heading = () => this.main().getByRole('heading', { name: 'Enter your code' });
  codeField = () => this.main().getByLabel('Authentication code');
  alert = () => this.main().getByRole('alert');
  async enter(code: string, label = 'Authentication code') {
    await this.main().getByLabel(label).fill(code);
    await this.main().getByRole('button', { name: 'Verify and sign in' }).click();
  }
  async useRecoveryCode(code: string) {
    await this.main().getByRole('button', { name: 'Use a recovery code instead' }).click();
    await this.enter(code, 'Recovery code');
  }
}

/** The account page's "Two-step sign-in" card. */
export class TwoFactorCard {
  constructor(readonly page: Page) {}
  card = () => this.page.getByRole('region', { name: 'Two-step sign-in' });
  start = () => this.card().getByRole('button', { name: 'Set up two-step sign-in' }).click();
  qrCode = () => this.card().getByRole('img', { name: 'QR code for your authenticator app' });
  /** The key to type into an app, without the spaces that group it. */
  async setupKey() {
    return (await this.card().getByLabel('Setup key').inputValue()).replace(/\s/g, '');
  }
  codeField = () => this.card().getByLabel('Code from your app');
  async confirm(code: string) {
    await this.codeField().fill(code);
    await this.card().getByRole('button', { name: 'Turn on' }).click();
  }
  recoveryCodes = () => this.card().getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  saved = () => this.card().getByRole('button', { name: 'I have saved my recovery codes' }).click();
  status = () => this.card().getByRole('status');
}
