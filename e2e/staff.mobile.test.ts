import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures.js';
import { StaffConsole } from './pages/staff-pages.js';
import { ShopperSocket } from './place-order.js';
import { createStaffAccount, signInStaff } from './staff-account.js';

const noSideways = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test('the staff console fits a 375 px phone: the list, then a conversation in its place with a way back', async ({
  page,
  browser,
  baseURL,
}) => {
  // A guest shopper somewhere else starts a conversation and asks for a person.
  const guestContext = await browser.newContext();
  const guest = await ShopperSocket.open(guestContext, baseURL!);
  const sent = await guest.request('chat:send', { text: 'What is your return policy?', clientId: randomUUID() });
  await guest.request('chat:request-human', { chatId: sent.chat.id });

  await signInStaff(page, createStaffAccount('Jamie Lee'));
  const desk = new StaffConsole(page);
  await desk.open();
  expect(await noSideways(page)).toBe(true);
  await desk.filter('Waiting').check();
  await expect(desk.filter('Waiting')).toBeChecked();
  const row = desk
    .list()
    .getByRole('link', { name: /^Guest/ })
    .first();
  await expect(row).toContainText('Waiting for a person');
  await page.screenshot({ path: '.test-tmp/screenshots/staff-375-list.png', fullPage: true });

  await page.goto(`/staff/chats/${sent.chat.id}`);
  await expect(desk.conversation('Guest')).toBeVisible();
  await expect(desk.list()).toBeHidden();
  await expect(desk.back()).toBeVisible();
  await desk.button('Take over').click();
  await expect(desk.replyField()).toBeVisible();
  expect(await noSideways(page)).toBe(true);
  for (const control of [
    desk.button('Hand back to assistant'),
    desk.button('Close conversation'),
    desk.button('Send reply'),
  ]) {
    const box = (await control.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  }
  await page.screenshot({ path: '.test-tmp/screenshots/staff-375-conversation.png', fullPage: true });

  await desk.back().click();
  await expect(desk.list()).toBeVisible();
  guest.close();
  await guestContext.close();
});
