import { expect, expectSignedIn, expectSignedOut, newShopper, test } from './fixtures.js';
import { RegisterPage } from './pages/account-pages.js';
import { ForgotPasswordPage, ProfileCard, ResetPasswordPage } from './pages/recovery-pages.js';

// Each journey also photographs its pages at two widths, and the machine is shared: room beyond the default 30 s.
test.describe.configure({ timeout: 90_000 });

const shots = (name: string) => `.test-tmp/screens/account-recovery-${name}.png`;

test('[ACCT8] [ACCT10] a new account shows "Not verified"; a rename reaches the header of every tab', async ({
  page,
  context,
}) => {
  const shopper = newShopper();
  await new RegisterPage(page).open();
  await new RegisterPage(page).submit(shopper);
  await expect(page).toHaveURL(/\/account$/);
  const profile = new ProfileCard(page);
  await expect(profile.card()).toContainText(shopper.email);
  await expect(profile.card().getByText('Not verified', { exact: true })).toBeVisible();

  await profile.card().getByRole('button', { name: 'Resend verification email' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `We have sent a new link to ${shopper.email}` }),
  ).toBeVisible();
  await page.screenshot({ path: shots('account-1280'), fullPage: true });

  const tab2 = await context.newPage();
  await tab2.goto('/about');
  await expectSignedIn(tab2);
  await profile.rename('Robin Okafor');
  await expect(page.getByRole('status').filter({ hasText: 'Your name has been saved.' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Robin Okafor');
  await expect(profile.card()).toContainText('Robin Okafor');
  await expect(tab2.getByRole('banner')).toContainText('Robin Okafor');

  await page.setViewportSize({ width: 375, height: 740 });
  await page.screenshot({ path: shots('account-375'), fullPage: true });
});

test('[ACCT1] "Forgot password?" gives the same confirmation for any email', async ({ page }) => {
  const { email } = newShopper();
  await page.goto('/');
  await expectSignedOut(page);
  const forgot = new ForgotPasswordPage(page);
  await forgot.openFromSignIn();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await forgot.submit('not-an-email');
  await expect(page.getByRole('main').getByText('Enter a valid email address.')).toBeVisible();
  await forgot.submit(email);
  await expect(forgot.confirmation()).toContainText(`If an account exists for ${email}`);
  await page.screenshot({ path: shots('forgot-1280'), fullPage: true });
  await forgot.sendAnother().click();
  await forgot.submit('someone-else@example.com');
  await expect(forgot.confirmation()).toContainText('If an account exists for someone-else@example.com');
  await page.setViewportSize({ width: 375, height: 740 });
  await page.screenshot({ path: shots('forgot-375'), fullPage: true });
});

test('[ACCT4] a reset link that does not work says so clearly and offers a new one', async ({ page }) => {
  const reset = new ResetPasswordPage(page);
  await reset.open('A'.repeat(43));
  await expect(page).toHaveURL(/\/reset-password$/); // the token left the address bar
  await reset.submit('tidal-lantern-99', 'tidal-lantern-98');
  await expect(page.getByRole('main').getByText('The two passwords do not match.')).toBeVisible();
  await reset.submit('tidal-lantern-99');
  await expect(page.getByRole('alert')).toContainText('This link is not valid.');
  await page.screenshot({ path: shots('reset-1280'), fullPage: true });
  await reset.askAgain().click();
  await expect(page).toHaveURL(/\/forgot-password$/);

  await page.goto('/reset-password');
  await expect(page.getByRole('alert')).toContainText('needs the link from your reset email');
  await page.setViewportSize({ width: 375, height: 740 });
  await reset.open('B'.repeat(43));
  await reset.submit('tidal-lantern-99');
  await expect(page.getByRole('alert')).toContainText('This link is not valid.');
  await page.screenshot({ path: shots('reset-375'), fullPage: true });
});
