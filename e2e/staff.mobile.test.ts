import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures.js';
import { StaffConsole } from './pages/staff-pages.js';
import { ShopperSocket } from './place-order.js';
import { createStaffAccount, signInStaff } from './staff-account.js';

const noSideways = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
// Screenshots to look at the desk's layout by eye (not compared by the test).
const SHOTS = '/tmp/desk-shots';

test('[SHELL2] the desk at 375 px, one pane at a time: the list, the conversation, the customer, and back', async ({
  page,
  browser,
  baseURL,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 375, height: 812 });
  // A guest shopper somewhere else starts a conversation and asks for a person.
  const guestContext = await browser.newContext();
  const guest = await ShopperSocket.open(guestContext, baseURL!);
  const sent = await guest.request('chat:send', { text: 'What is your return policy?', clientId: randomUUID() });
  await guest.request('chat:request-human', { chatId: sent.chat.id });

  await signInStaff(page, createStaffAccount('Jamie Lee'));
  const desk = new StaffConsole(page);
  await desk.open();
  expect(await noSideways(page)).toBe(true);
  await expect(desk.dashboard()).toBeHidden();
  await desk.filter('Waiting').check();
  await expect(desk.filter('Waiting')).toBeChecked();
  const row = desk
    .list()
    .getByRole('link', { name: /^Guest/ })
    .first();
  await expect(row).toContainText('Waiting for a person');
  await page.screenshot({ path: `${SHOTS}/desk-375-list.png` });

  // The conversation in the list's place, with the reply box in the window once taken over.
  await page.goto(`/staff/chats/${sent.chat.id}`);
  await expect(desk.conversation('Guest')).toBeVisible();
  await expect(desk.list()).toBeHidden();
  await expect(desk.customer()).toBeHidden();
  await expect(desk.back()).toBeVisible();
  // The header's actions fold behind "Actions" on a phone; taking over folds them again.
  await expect(desk.button('Take over')).toBeHidden();
  await desk.actionsDisclosure().click();
  await desk.button('Take over').click();
  await expect(desk.replyField()).toBeVisible();
  await expect(desk.actionsDisclosure()).toHaveAttribute('aria-expanded', 'false');
  expect(await noSideways(page)).toBe(true);
  for (const control of [
    desk.actionsDisclosure(),
    desk.button('Customer'),
    desk.button('Send reply'),
    desk.replyField(),
  ]) {
    await desk.expectInView(control);
  }
  await page.screenshot({ path: `${SHOTS}/desk-375-conversation.png` });
  await desk.actionsDisclosure().click();
  for (const control of [desk.button('Hand back to assistant'), desk.button('Close conversation')]) {
    await desk.expectInView(control);
  }
  await desk.expectInView(desk.replyField());
  await desk.actionsDisclosure().click();

  // The customer pane in the conversation's place, and back.
  await desk.button('Customer').click();
  await expect(desk.customer()).toBeVisible();
  await expect(desk.customer()).toBeFocused();
  await expect(desk.cart()).toContainText('The cart is empty.');
  await expect(desk.conversation('Guest')).toBeHidden();
  expect(await noSideways(page)).toBe(true);
  await page.screenshot({ path: `${SHOTS}/desk-375-customer.png` });
  await desk.button('Back to conversation').click();
  await expect(desk.conversation('Guest')).toBeVisible();
  await expect(desk.customer()).toBeHidden();

  // Escape goes back one pane: customer → conversation → list.
  await desk.button('Customer').click();
  await expect(desk.customer()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(desk.conversation('Guest')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(desk.list()).toBeVisible();
  await expect(page).toHaveURL(/\/staff$/);

  // The back link from a conversation (now among "Mine"), and the dashboard from the top bar.
  await desk.filter('Mine').check();
  await desk
    .list()
    .getByRole('link', { name: /^Guest/ })
    .first()
    .click();
  await expect(desk.conversation('Guest')).toBeVisible();
  await desk.back().click();
  await expect(desk.list()).toBeVisible();
  await desk.topBar().getByRole('link', { name: 'Dashboard' }).click();
  await expect(desk.dashboard()).toBeVisible();
  await expect(desk.list()).toBeHidden();
  expect(await noSideways(page)).toBe(true);
  await page.screenshot({ path: `${SHOTS}/desk-375-dashboard.png`, fullPage: true });
  await desk.dashboard().getByRole('button', { name: 'Back to conversations' }).click();
  await expect(desk.list()).toBeVisible();
  guest.close();
  await guestContext.close();
});
