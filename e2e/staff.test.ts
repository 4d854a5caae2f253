import { expect, expectSameDocument, expectSignedIn, markDocument, newShopper, test } from './fixtures.js';
import { ChatWidget } from './pages/chat-pages.js';
import { OrderPage } from './pages/order-pages.js';
import { ProductPage } from './pages/shop-pages.js';
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
  await expect(desk.answers().nth(2)).toHaveAttribute('aria-busy', 'true');
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
  await expect(chat.conversation()).toContainText('Alex, VisionX team');
  await expect(chat.conversation()).toContainText('Hi, I am Alex. Let me look at your cart');
  await expect(chat.root.getByRole('status').filter({ hasText: 'Alex is typing…' })).toHaveCount(0);
  await staffPage.evaluate(() => window.scrollTo(0, 0));
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
  // Placed paid; the simulator packs it after 4 s unless staff do it first.
  const pack = desk.orderMove(order.number, 'packed');
  if (await pack.isVisible()) await pack.click();
  await expect(desk.orderMove(order.number, 'shipped')).toBeVisible(SLOW);
  const orderPage = new OrderPage(tab2);
  await orderPage.open(order.number);
  await orderPage.timeline.expectStatus('Packed');
  await markDocument(tab2);
  await desk.orderMove(order.number, 'shipped').click();
  await orderPage.timeline.expectStatus('Shipped');
  await expectSameDocument(tab2);
  await expect(desk.orders()).toContainText('Shipped');

  await staffContext.close();
});

test('a shopper who opens /staff is asked to sign in as staff', async ({ page }) => {
  const res = await page.request.get('/staff', { maxRedirects: 0 });
  expect(res.status()).toBe(302);
  expect(res.headers().location).toBe('/signin?next=%2Fstaff');
});
