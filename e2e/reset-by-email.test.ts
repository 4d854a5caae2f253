import { expectSignedIn, expectSignedOut, newShopper } from './fixtures.js';
import { expect, test } from './mailbox.js';
import { SignInPage } from './pages/account-pages.js';
import { ForgotPasswordPage, ResetPasswordPage } from './pages/recovery-pages.js';

// Two browsers, a real email over SMTP and two bcrypt hashes: room beyond the default 30 s.
test.describe.configure({ timeout: 90_000 });

const RESET_LINK = /https?:\/\/[^\s"<>]+\/reset-password#token=[A-Za-z0-9_-]+/;

test('[ACCT3] [ACCT4] [ACCT5] forgot password: the emailed link sets a new password once, and the other device is signed out', async ({
  page,
  browser,
  mailbox,
}) => {
  const shopper = newShopper();
  // Device B: signed in with the old password, and stays open.
  const deviceB = await browser.newContext();
  const tabB = await deviceB.newPage();
  expect((await tabB.request.post('/api/auth/register', { data: shopper })).status()).toBe(201);
  await tabB.goto('/about');
  await expectSignedIn(tabB);

  // Device A: forgot the password.
  await page.goto('/');
  await expectSignedOut(page);
  const forgot = new ForgotPasswordPage(page);
  await forgot.openFromSignIn();
  await forgot.submit(shopper.email);
  await expect(forgot.confirmation()).toContainText(`If an account exists for ${shopper.email}`);

  // The email, delivered over SMTP to the journey's own server, in text and HTML.
  const mail = await mailbox.waitForMail(shopper.email, /Reset your VisionX password/);
  const link = RESET_LINK.exec(mail.text ?? '')?.[0];
  expect(link, 'the plain-text part carries the link').toBeTruthy();
  expect(String(mail.html)).toContain(link!.replace(/&/g, '&amp;'));
  const target = new URL(link!);

  const reset = new ResetPasswordPage(page);
  await page.goto(target.pathname + target.hash);
  await expect(page).toHaveURL(/\/reset-password$/); // the token left the address bar
  await reset.submit('harbour-quill-58');
  await expect(page.getByRole('main')).toContainText('Your password has been changed');
  await expectSignedIn(page);
  // Every session of the account ended: device B is told at once, without a reload.
  await expectSignedOut(tabB);

  // The link works once.
  await page.goto(target.pathname + target.hash);
  await reset.submit('second-attempt-77');
  await expect(page.getByRole('alert')).toContainText('This link has already been used');

  // The new password signs in; the old one does not.
  await tabB.goto('/');
  const signIn = new SignInPage(tabB);
  await signIn.open();
  await signIn.submit(shopper.email, shopper.password);
  await expect(tabB.getByRole('alert')).toBeVisible();
  await expectSignedOut(tabB);
  await signIn.submit(shopper.email, 'harbour-quill-58');
  await expectSignedIn(tabB);
  await deviceB.close();
});
