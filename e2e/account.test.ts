import { readFile } from 'node:fs/promises';
import { expect, expectSignedIn, expectSignedOut, newShopper, test } from './fixtures.js';
import { AccountPage, RegisterPage, SignInPage } from './pages/account-pages.js';

test('a shopper manages their account from sign-up to deletion, and a second tab follows along', async ({
  page,
  context,
}) => {
  const shopper = newShopper();
  const newPassword = 'copper-meadow-58';

  // Create account → signed in on the account page.
  const register = new RegisterPage(page);
  await register.open();
  await register.submit(shopper);
  await expect(page).toHaveURL(/\/account$/);
  await expectSignedIn(page);
  await expect(page.getByRole('main')).toContainText(shopper.email);

  // Reload: still signed in (the original logged users out on reload).
  await page.reload();
  await expectSignedIn(page);

  // A second tab of the same browser.
  const tab2 = await context.newPage();
  await tab2.goto('/about');
  await expectSignedIn(tab2);

  // Change password.
  const account = new AccountPage(page);
  await account.changePassword(shopper.password, newPassword);
  await expect(page.getByRole('status').filter({ hasText: /password (was|has been) changed/i })).toBeVisible();

  // Sign out in tab 1: tab 2 shows it at once, without a reload.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expectSignedOut(page);
  await expectSignedOut(tab2);

  // Sign in with the new password (the old one is refused).
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.submit(shopper.email, shopper.password);
  await expect(page.getByRole('alert')).toContainText('Email or password is incorrect.');
  await signIn.submit(shopper.email, newPassword);
  await expectSignedIn(page);
  await expectSignedIn(tab2);

  // Export my data: a JSON file with the account in it and no secrets.
  await account.open();
  const download = await account.exportData();
  expect(download.suggestedFilename()).toMatch(/^visionx-data-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported.account.email).toBe(shopper.email);
  expect(JSON.stringify(exported)).not.toContain('$2');

  // Delete account: signed out everywhere, and signing in no longer works.
  await account.deleteAccount(newPassword);
  await expectSignedOut(page);
  await expectSignedOut(tab2);
  await signIn.open();
  await signIn.submit(shopper.email, newPassword);
  await expect(page.getByRole('alert')).toContainText('Email or password is incorrect.');
  await expectSignedOut(page);
});
