import { Secret, TOTP } from 'otpauth';
import { expect, expectSignedIn, expectSignedOut, test } from './fixtures.js';
import { SignInPage } from './pages/account-pages.js';
import { StaffConsole } from './pages/staff-pages.js';
import { CodeStep, TwoFactorCard } from './pages/two-factor-pages.js';
import { createStaffAccount, nextCode } from './staff-account.js';

const SHOTS = '.test-tmp/screenshots';

/** The page at a phone's and a desktop's width, for looking at by eye. */
async function screenshots(page: import('@playwright/test').Page, name: string) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width === 375 ? 740 : 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

test('staff sign in with their password, then a code from their authenticator app', async ({ page }) => {
  const staff = createStaffAccount('Kim Park');
  await page.goto('/signin?next=%2Fstaff');
  await new SignInPage(page).submit(staff.email, staff.password);

  const step = new CodeStep(page);
  await expect(step.heading()).toBeFocused();
  await expect(step.codeField()).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(step.codeField()).toHaveAttribute('inputmode', 'numeric');
  await step.enter('000000');
  await expect(step.alert()).toContainText('not right');
  await expect(step.codeField()).toHaveAccessibleDescription(/not right/);
  await expect(step.codeField()).toBeFocused();
  await screenshots(page, 'two-factor-code-step');

  await step.enter(nextCode(staff));
  await expect(new StaffConsole(page).heading()).toBeVisible();
  await expect(page).toHaveURL(/\/staff$/);
});

test('a shopper turns on two-step sign-in from the account page, then signs in with a recovery code', async ({
  page,
  shopper,
}) => {
  await page.goto('/account');
  const card = new TwoFactorCard(page);
  await card.start();
  await expect(card.qrCode()).toBeVisible();
  // Drawn, not only present: a broken image (e.g. refused by the content security policy) has no width.
  await expect.poll(() => card.qrCode().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(card.codeField()).toHaveAttribute('inputmode', 'numeric');
  const secret = await card.setupKey();
  await screenshots(page, 'two-factor-enrolment');

  await card.confirm(TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() }));
  await expect(card.recoveryCodes()).toHaveCount(10);
  await expect(card.card().getByRole('heading', { name: 'Save your recovery codes' })).toBeFocused();
  const codes = await card.recoveryCodes().allInnerTexts();
  await screenshots(page, 'two-factor-recovery-codes');
  await card.saved();
  await expect(card.status()).toHaveText('Two-step sign-in is on.');
  await expect(card.card()).toContainText('10 recovery codes left.');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expectSignedOut(page);
  await page.goto('/signin');
  await new SignInPage(page).submit(shopper.email, shopper.password);
  await new CodeStep(page).useRecoveryCode(codes[0]!);
  await expectSignedIn(page);
});
