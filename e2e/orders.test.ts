import type { BrowserContext, Page } from '@playwright/test';
import type { Order } from '../shared/orders.js';
import { expectSameDocument, expectSignedIn, markDocument, newShopper } from './fixtures.js';
import { ConfirmationPage, OrderHistoryPage, OrderPage } from './pages/order-pages.js';
import { ShopperSocket, type OrderItem } from './place-order.js';
import { expect, test } from './warehouse.js';

// Plenty in stock. Orders are placed already paid, and stay so until the journey moves them
// (e2e/warehouse.ts); cancelling is possible only until they are packed.
const PHONE: OrderItem = { slug: 'vision-x', colour: 'black', storageGb: 128 };
const CASE: OrderItem = { slug: 'vision-x-everyday-case', colour: 'black' };

/** Both tabs wait on the order history before the order exists: it appears there live, and a click opens it. */
async function twoTabsOnNewOrder(page: Page, context: BrowserContext, place: () => Promise<Order>) {
  const history1 = new OrderHistoryPage(page);
  const history2 = new OrderHistoryPage(await context.newPage());
  await history1.open();
  await history2.open();
  await expect(history1.main()).toContainText('You have not placed any orders yet.');
  const order = await place();
  await Promise.all([history1.link(order.number).click(), history2.link(order.number).click()]);
  const tabs = [new OrderPage(history1.page), new OrderPage(history2.page)] as const;
  for (const tab of tabs) await expect(tab.heading()).toHaveText(`Order ${order.number}`);
  return { order, tabs };
}

test('the order page follows the status live in two tabs', async ({ page, context, baseURL, warehouse }) => {
  const shop = await ShopperSocket.open(context, baseURL!);
  const { order, tabs } = await twoTabsOnNewOrder(page, context, () =>
    shop.placeOrder([PHONE, { ...CASE, quantity: 2 }]),
  );
  await shop.askSupport(`When will order ${order.number} ship?`);
  shop.close();
  const [tab1, tab2] = tabs;
  for (const tab of tabs) {
    await tab.timeline.expectStatus('Paid');
    await markDocument(tab.page);
  }

  // Cancelling asks first; "Keep order" backs out and gives the focus back.
  await tab1.cancelButton().click();
  await expect(tab1.main().getByRole('heading', { name: 'Cancel this order?' })).toBeFocused();
  await tab1.keepButton().click();
  await expect(tab1.cancelButton()).toBeFocused();

  await expect(tab1.items()).toHaveCount(2);
  await expect(tab1.timeline.step('Placed')).toContainText(/\d{1,2}:\d\d/);
  await expect(tab1.timeline.step('Shipped')).toContainText('Pending');
  await expect(tab1.main()).toContainText('Visa ending in 4242');
  await expect(tab1.main()).toContainText('San Francisco, CA 94105');
  await expect(tab2.main()).toContainText(order.number);

  // The warehouse packs the order: both tabs follow without a reload, and it is too late to cancel.
  await warehouse.move(order.number, 'packed');
  for (const tab of tabs) {
    await tab.timeline.expectStatus('Packed');
    await expect(tab.timeline.step('Paid')).not.toHaveAttribute('aria-current');
    await expect(tab.cancelButton()).toHaveCount(0);
    await expectSameDocument(tab.page);
  }
});

test('a guest cancels in one tab: both tabs show it cancelled and the stock comes back', async ({
  page,
  context,
  baseURL,
}) => {
  const shop = await ShopperSocket.open(context, baseURL!);
  const stockBefore = await shop.stockOf(PHONE);
  const { order: placed, tabs } = await twoTabsOnNewOrder(page, context, async () => {
    const order = await shop.placeOrder([{ ...PHONE, quantity: 2 }]);
    expect(await shop.stockOf(PHONE)).toBe(stockBefore - 2);
    return order;
  });
  const [tab1, tab2] = tabs;
  await tab1.cancel();

  await expect(tab1.main().getByRole('status').filter({ hasText: 'Your order has been cancelled.' })).toBeVisible();
  for (const tab of tabs) {
    await tab.timeline.expectStatus('Cancelled');
    await expect(tab.timeline.steps()).toHaveCount(3); // placed, paid, cancelled: nothing to come
  }
  await expect(tab2.cancelButton()).toHaveCount(0);
  expect(await shop.stockOf(PHONE)).toBe(stockBefore);
  shop.close();

  // A guest has no account menu: the footer leads back to the orders of this browser.
  await tab2.page.getByRole('contentinfo').getByRole('link', { name: 'Track your orders' }).click();
  await expect(new OrderHistoryPage(tab2.page).link(placed.number)).toBeVisible();
});

test('the history lists the orders newest first, badges update live, and each links to its page', async ({
  page,
  context,
  baseURL,
  shopper,
  warehouse,
}) => {
  const shop = await ShopperSocket.open(context, baseURL!);
  const first = await shop.placeOrder([CASE], shopper);

  await page.getByRole('banner').getByRole('link', { name: 'Your orders' }).click();
  const history = new OrderHistoryPage(page);
  await expect(history.cards()).toHaveCount(1);
  await expect(history.card(first.number)).toContainText('1 item');

  // An order placed while the history is open arrives on top, and its badge moves on live.
  const second = await shop.placeOrder([PHONE, { ...CASE, quantity: 2 }], shopper);
  await shop.askSupport(`Has order ${second.number} been packed?`);
  shop.close();
  await expect(history.cards()).toHaveCount(2);
  await expect(history.cards().nth(0)).toContainText(second.number);
  await expect(history.cards().nth(1)).toContainText(first.number);
  await expect(history.card(second.number)).toContainText('3 items');
  await expect(history.card(second.number)).toContainText('Paid');
  await warehouse.move(second.number, 'packed');
  await expect(history.card(second.number)).toContainText('Packed');

  await history.link(first.number).click();
  const detail = new OrderPage(page);
  await expect(detail.heading()).toHaveText(`Order ${first.number}`);
  await expect(page).toHaveTitle(`Order ${first.number} · VisionX`);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Your orders' }).click();
  await expect(history.cards()).toHaveCount(2);

  // The account page links here too.
  await page.goto('/account');
  await page.getByRole('main').getByRole('link', { name: 'Your orders' }).click();
  await expect(page).toHaveURL('/orders');
});

test("someone else's order, or no order at all, is not found", async ({ page, context, baseURL, browser }) => {
  const shop = await ShopperSocket.open(context, baseURL!);
  const order = await shop.placeOrder([CASE]);
  shop.close();

  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  for (const path of [
    `/orders/${order.number}`,
    '/orders/VX-22222222',
    '/orders/not-an-order',
    `/checkout/confirmation/${order.number}`,
  ]) {
    await strangerPage.goto(path);
    await expect(strangerPage.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that order');
    await expect(strangerPage).toHaveTitle('Order not found · VisionX');
  }
  await stranger.close();

  // The owner finds it, also typed in lower case.
  await page.goto(`/orders/${order.number.toLowerCase()}`);
  await expect(new OrderPage(page).heading()).toHaveText(`Order ${order.number}`);
});

test('a guest sees the confirmation, creates an account there, and the order moves with it', async ({
  page,
  context,
  baseURL,
  browser,
}) => {
  const buyer = newShopper();
  const shop = await ShopperSocket.open(context, baseURL!);
  const order = await shop.placeOrder([PHONE, CASE], buyer);
  shop.close();

  const confirmation = new ConfirmationPage(page);
  await confirmation.open(order.number);
  await expect(confirmation.main()).toContainText(order.number);
  await expect(confirmation.main().getByRole('list', { name: 'Items' }).getByRole('listitem')).toHaveCount(2);
  await expect(confirmation.main()).toContainText('500 Howard St');
  // Paid when placed.
  await expect(confirmation.timeline.status()).toHaveText('Status: Paid');
  await expect(confirmation.main().getByRole('link', { name: 'View your order' })).toHaveAttribute(
    'href',
    `/orders/${order.number}`,
  );

  // The form comes filled with the order's email and name; a weak password is refused beside its field.
  const form = confirmation.accountForm();
  await expect(form.getByLabel('Email')).toHaveValue(buyer.email);
  await expect(form.getByLabel('Name')).toHaveValue(buyer.name);
  await form.getByLabel('Password').fill('short');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByLabel('Password')).toHaveAccessibleDescription(/at least 8 characters/);
  await form.getByLabel('Password').fill(buyer.password);
  await form.getByRole('button', { name: 'Create account' }).click();

  await expect(form.getByRole('status')).toHaveText('Your account is ready, and this order is saved to it.');
  await expectSignedIn(page);
  // The page re-asked for the order as the new account, and still shows it.
  await expect(confirmation.timeline.status()).toHaveText(/^Status: /);
  await expect(confirmation.main()).toContainText(order.number);

  await form.getByRole('link', { name: 'Your orders' }).click();
  const history = new OrderHistoryPage(page);
  await expect(history.card(order.number)).toBeVisible();

  // The server moved the order to the account: another browser signed in to it sees it too.
  const other = await browser.newContext({ baseURL: baseURL! });
  const otherPage = await other.newPage();
  expect(
    (
      await otherPage.request.post('/api/auth/login', { data: { email: buyer.email, password: buyer.password } })
    ).status(),
  ).toBe(200);
  const otherHistory = new OrderHistoryPage(otherPage);
  await otherHistory.open();
  await expect(otherHistory.card(order.number)).toBeVisible();
  await other.close();
});
