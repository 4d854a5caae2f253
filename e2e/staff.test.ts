import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { expect, expectSameDocument, expectSignedIn, markDocument, newShopper, test } from './fixtures.js';
import { ChatWidget } from './pages/chat-pages.js';
import { OrderPage } from './pages/order-pages.js';
import { ProductPage } from './pages/shop-pages.js';
import { scrollPage } from './pages/site-pages.js';
import { StaffConsole } from './pages/staff-pages.js';
import { ShopperSocket } from './place-order.js';
import { createStaffAccount, signInStaff } from './staff-account.js';

// A name no other journey uses, so the overview row is this shopper's.
const letters = () =>
  Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const SLOW = { timeout: 15_000 };

test('staff watch a conversation live, take over, reply, hand back and ship an order the shopper sees', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  // The shopper: a fresh account with its own name, signed in over the API before the first page load.
  const shopper = { ...newShopper(), name: `Casey ${letters()}` };
  expect((await page.request.post('/api/auth/register', { data: shopper })).status()).toBe(201);
  await page.goto('/');
  await expectSignedIn(page);

  // The staff member, in a browser context of their own.
  const staffAccount = createStaffAccount('Alex Morgan');
  const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const staffPage = await staffContext.newPage();
  await signInStaff(staffPage, staffAccount);
  const desk = new StaffConsole(staffPage);
  await desk.open();
  await expect(staffPage.getByRole('region', { name: 'Staff online' })).toContainText('Alex (you)');

  // The shopper starts a conversation; it appears in the overview; staff open it.
  const chat = new ChatWidget(page);
  await chat.open();
  await chat.ask('Tell me about the Vision Go');
  await expect(desk.row(shopper.name)).toContainText('AI');
  await desk.row(shopper.name).click();
  await expect(staffPage).toHaveURL(/\/staff\/chats\/\d+$/);
  await expect(desk.conversation(shopper.name)).toBeVisible();
  await expect(desk.shopperMessage('Tell me about the Vision Go')).toBeVisible();
  await expect(desk.answers()).toHaveCount(1);
  await expect(desk.cart()).toContainText('The cart is empty.');
  await expect(desk.tools()).toContainText('product');

  // A proposal the shopper accepts: the staff's cart panel follows.
  await chat.ask('Add the black 128 GB one to my cart');
  await expect(desk.transcript()).toContainText('Waiting for the shopper’s answer.');
  await chat.proposal('Vision Go').getByRole('button', { name: 'Add to cart' }).click();
  await expect(desk.cart()).toContainText('1 × Vision Go');
  await expect(desk.transcript()).toContainText('Added to your cart.');

  // The next answer streams on the staff screen while it streams for the shopper, and ends the same.
  await chat.field().fill('My phone won’t charge');
  await chat.sendButton().click();
  // A loaded machine may take a few seconds to start the answer: wait for it as long as elsewhere.
  await expect(desk.answers().nth(2)).toHaveAttribute('aria-busy', 'true', SLOW);
  await chat.expectAnswered(3);
  await expect(desk.answers().nth(2)).not.toHaveAttribute('aria-busy', 'true');
  expect(await desk.answers().nth(2).innerText()).toBe(await chat.answers().nth(2).innerText());

  // The shopper adds an item in another tab: the cart panel updates without a reload.
  await markDocument(staffPage);
  const tab2 = await context.newPage();
  const product = new ProductPage(tab2);
  await product.open('vision-x');
  await product.addToCart().click();
  await expect(desk.cart()).toContainText('1 × Vision X');
  await expectSameDocument(staffPage);

  // The shopper asks for a person: a badge and an announcement on the console.
  await chat.root.getByRole('button', { name: 'Talk to a person' }).click();
  await expect(desk.row(shopper.name)).toContainText('Waiting for a person');
  await expect(desk.waitingBadge()).not.toHaveText('0 waiting');
  await expect(desk.announcement(`${shopper.name} asked for a person.`)).toBeAttached();
  await expect(desk.row(shopper.name)).toContainText(/Waiting \d+ s/);

  // Staff take over: the shopper sees who joined; typing shows both ways; the reply arrives.
  await desk.button('Take over').click();
  await expect(desk.conversation(shopper.name)).toContainText('With Alex');
  await expect(chat.conversation()).toContainText('Alex from VisionX support joined.');
  await desk.replyField().fill('Hi, I am Alex. Let me look at your cart');
  await expect(chat.root.getByRole('status').filter({ hasText: 'Alex is typing…' })).toBeVisible();
  await chat.field().fill('Thank you');
  await expect(staffPage.getByRole('status').filter({ hasText: 'Shopper is typing…' })).toBeVisible();
  await chat.field().fill('');
  await desk.replyField().press('Enter');
  await expect(desk.replyField()).toHaveValue('');
  await expect(chat.conversation()).toContainText('Alex from VisionX');
  await expect(chat.conversation()).toContainText('Hi, I am Alex. Let me look at your cart');
  await expect(chat.root.getByRole('status').filter({ hasText: 'Alex is typing…' })).toHaveCount(0);
  await scrollPage(staffPage, 'top');
  await staffPage.screenshot({ path: '.test-tmp/screenshots/staff-1280.png', fullPage: true });

  // Hand back: the assistant answers again.
  await desk.button('Hand back to assistant').click();
  await expect(chat.conversation()).toContainText('The VisionX assistant is back in this conversation.');
  await expect(desk.row(shopper.name)).toContainText('AI');
  await chat.ask('What is your return policy?');
  await expect(desk.answers()).toHaveCount(await chat.answers().count(), SLOW);

  // An order: it appears in the staff panel live; staff move it along; the shopper's page follows.
  const shop = await ShopperSocket.open(context, baseURL!);
  const order = await shop.placeOrder([{ slug: 'vision-x-everyday-case', colour: 'black' }], {
    email: shopper.email,
    name: shopper.name,
  });
  shop.close();
  await expect(desk.orders()).toContainText(`Order ${order.number}`);
  // The shopper's page is open before staff act, so each move is seen live.
  const orderPage = new OrderPage(tab2);
  await orderPage.open(order.number);
  await markDocument(tab2);
  await desk.orderMove(order.number, 'packed').click();
  await expect(desk.orderMove(order.number, 'shipped')).toBeVisible();
  await desk.orderMove(order.number, 'shipped').click();
  await orderPage.timeline.expectStatus('Shipped');
  // Who moved it is named for the shopper: the staff member's first name ([ACT1]).
  await expect(orderPage.timeline.step('Shipped')).toContainText('Alex from VisionX');
  await expectSameDocument(tab2);
  await expect(desk.orders()).toContainText('Shipped');

  await staffContext.close();
});

// Screenshots to look at the desk's layout by eye (not compared by the test).
const SHOTS = '/tmp/desk-shots';
const CHAT = 'a[href^="/staff/chats/"]';
const endsWith = (path: string) => new RegExp(`${path}$`);

test('[SHELL1] [SHELL2] [SHELL3] the desk is its own shell: the reply box in view at 1280×800 and 1440×900, and the keys work', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  mkdirSync(SHOTS, { recursive: true });
  // Two guests elsewhere: one asks about shipping, the other asks for a person (and later writes at length).
  const guests = await Promise.all([browser.newContext(), browser.newContext()]);
  const [quiet, waiting] = await Promise.all(guests.map((c) => ShopperSocket.open(c, baseURL!)));
  await quiet!.request('chat:send', { text: 'Do you ship to Norway?', clientId: randomUUID() });
  const sent = await waiting!.request('chat:send', { text: 'My order has not arrived', clientId: randomUUID() });
  await waiting!.request('chat:request-human', { chatId: sent.chat.id });

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInStaff(page, createStaffAccount('Jamie Lee'));
  const desk = new StaffConsole(page);
  await desk.open();

  // [SHELL1] No storefront chrome: one banner, the desk's top bar, and no footer, search, cart or chat.
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(desk.topBar().getByRole('link', { name: 'VisionX Desk' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Search products' })).toHaveCount(0);
  await expect(page.getByRole('search', { name: 'Search conversations' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Cart/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open chat' })).toHaveCount(0);
  await expect(desk.dashboard()).toBeVisible();
  await expect(page).toHaveTitle(/^(\(\d+\) )?\d+ waiting · VisionX Desk$/);
  await page.screenshot({ path: `${SHOTS}/desk-1280-dashboard.png` });

  // [SHELL3] j/k step through the list in its order, from none to the first.
  const hrefs = await desk
    .list()
    .locator(CHAT)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('j');
  await expect(page).toHaveURL(endsWith(hrefs[0]!));
  await page.keyboard.press('j');
  await expect(page).toHaveURL(endsWith(hrefs[1]!));
  await expect(desk.selectedRow()).toHaveAttribute('href', hrefs[1]!);
  await page.keyboard.press('k');
  await expect(page).toHaveURL(endsWith(hrefs[0]!));
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page).toHaveURL(endsWith(hrefs[1]!));

  // The waiting guest's conversation: t takes it over, r focuses the reply box (no "r" typed).
  await page.goto(`/staff/chats/${sent.chat.id}`);
  await expect(desk.conversation('Guest')).toBeVisible();
  await page.keyboard.press('t');
  await expect(desk.conversation('Guest')).toContainText('With Jamie');
  await page.keyboard.press('r');
  await expect(desk.replyField()).toBeFocused();
  await expect(desk.replyField()).toHaveValue('');
  // Typing: letters stay letters, ? is a character; Escape leaves the field.
  await page.keyboard.type('jk?');
  await expect(desk.replyField()).toHaveValue('jk?');
  await expect(desk.shortcuts()).toBeHidden();
  await desk.replyField().fill('');
  await page.keyboard.press('Escape');
  await expect(desk.replyField()).not.toBeFocused();

  // ? opens the sheet from the table; Escape closes it and focus goes back where it was.
  await page.keyboard.press('?');
  await expect(desk.shortcuts()).toBeVisible();
  await expect(desk.shortcuts()).toContainText('Next conversation');
  await expect(desk.shortcuts()).toContainText('Write an internal note');
  await page.screenshot({ path: `${SHOTS}/desk-1280-shortcuts.png` });
  await page.keyboard.press('Escape');
  await expect(desk.shortcuts()).toBeHidden();
  await desk.shortcutsButton().click();
  await expect(desk.shortcuts()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(desk.shortcutsButton()).toBeFocused();

  // c opens the close form with its field focused; Escape leaves it.
  await desk.shortcutsButton().blur();
  await page.keyboard.press('c');
  await expect(desk.resolutionField()).toBeFocused();
  await page.keyboard.press('Escape');
  await desk.button('Cancel').click();

  // [SHELL2] A long conversation: the reply box and the last message stay in the window.
  // Two long messages (few, so the shopper's send allowance is not what this tests).
  for (const n of [1, 2]) {
    const lines = Array.from(
      { length: 8 },
      (_, i) => `Update ${n}.${i + 1}: the tracking page still shows the parcel at the depot.`,
    );
    await waiting!.request('chat:send', { chatId: sent.chat.id, text: lines.join('\n'), clientId: randomUUID() });
  }
  await expect(desk.messages().last()).toContainText('Update 2.8');
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await expect(desk.messages().last()).toContainText('Update 2.8');
    await desk.expectInView(desk.replyField());
    await desk.expectInView(desk.button('Send reply'));
    await desk.expectInView(desk.messages().last());
    await desk.expectInView(desk.conversation('Guest').getByRole('heading', { name: 'Conversation with Guest' }));
    await expect(desk.customer()).toBeVisible();
    await expect(desk.list()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/desk-${size.width}x${size.height}.png` });
  }

  await context.close();
  for (const guest of [quiet, waiting]) guest!.close();
  await Promise.all(guests.map((c) => c.close()));
});

test('a shopper who opens /staff is asked to sign in as staff', async ({ page }) => {
  const res = await page.request.get('/staff', { maxRedirects: 0 });
  expect(res.status()).toBe(302);
  expect(res.headers().location).toBe('/signin?next=%2Fstaff');
});
