import { expect, expectSignedIn, newShopper, test } from './fixtures.js';
import { ChatWidget } from './pages/chat-pages.js';
import { StaffConsole } from './pages/staff-pages.js';
import { createStaffAccount, signInStaff } from './staff-account.js';

/**
 * [LANG7] A shopper writes in French; the built-in assistant answers in French, and the staff
 * console shows, folded under the answer, the exchange in English as the engine read and wrote it.
 */
test('[LANG7] staff read a French conversation and, unfolded under the answer, its English', async ({
  page,
  browser,
}) => {
  const shopper = { ...newShopper(), name: `Camille ${Date.now().toString(36)}` };
  expect((await page.request.post('/api/auth/register', { data: shopper })).status()).toBe(201);
  await page.goto('/');
  await expectSignedIn(page);

  const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const staffPage = await staffContext.newPage();
  await signInStaff(staffPage, createStaffAccount('Sam Ortiz'));
  const desk = new StaffConsole(staffPage);
  await desk.open();

  const question = 'Bonjour, est-ce que vous livrez en Allemagne et combien coûte la livraison ?';
  const chat = new ChatWidget(page);
  await chat.open();
  await chat.ask(question);
  await expect(chat.answers().last()).toContainText('Allemagne');

  await desk.row(shopper.name).click();
  await expect(desk.shopperMessage(question)).toBeVisible();
  const answer = desk.answers().last();
  await expect(answer).toContainText('Allemagne');
  const english = answer.getByRole('group').filter({ hasText: 'In English' });
  const toggle = answer.getByText('In English', { exact: true });
  await expect(answer.getByText('The shopper, as the assistant read it')).toBeHidden();
  await toggle.focus();
  await staffPage.keyboard.press('Enter');
  await expect(answer.getByText('The shopper, as the assistant read it')).toBeVisible();
  await expect(english).toContainText(/do you ship to germany/i);
  await expect(english).toContainText('Shipping to Germany');
  await staffContext.close();
});
