import {
  expect,
  expectSameDocument,
  expectSignedIn,
  expectSignedOut,
  markDocument,
  newShopper,
  test,
} from './fixtures.js';
import { AccountPage, SignInPage } from './pages/account-pages.js';
import { PAGES, SiteHeader, expectOnPage } from './pages/site-pages.js';
import { SocketSpy, UNTIL_IT_HAPPENS } from './socket-spy.js';

test('changing the password on one device signs the other device out at once', async ({
  page: deviceA,
  shopper,
  browser,
}) => {
  const newPassword = 'copper-meadow-58';

  // Device B: another browser, signed in to the same account through the form.
  const contextB = await browser.newContext();
  const deviceB = await contextB.newPage();
  const spyB = new SocketSpy(deviceB);
  await deviceB.goto('/signin');
  await new SignInPage(deviceB).submit(shopper.email, shopper.password);
  await expectOnPage(deviceB, PAGES.account);
  await expectSignedIn(deviceB);
  // B's socket has reconnected under its signed-in session (the first connection was the guest's).
  await expect.poll(() => spyB.connects(), UNTIL_IT_HAPPENS).toBeGreaterThanOrEqual(2);
  await markDocument(deviceB);

  await new SiteHeader(deviceA).banner().getByRole('link', { name: 'Account' }).click();
  await expectOnPage(deviceA, PAGES.account);
  await new AccountPage(deviceA).changePassword(shopper.password, newPassword);
  await expect(deviceA.getByRole('status').filter({ hasText: 'Your password has been changed.' })).toBeVisible();

  // B is signed out without a reload, and its account page gives way to sign-in.
  await expectSignedOut(deviceB);
  await expectOnPage(deviceB, { ...PAGES.signIn, path: '/signin?next=%2Faccount' });
  await expectSameDocument(deviceB);

  // A keeps its session, also across a reload.
  await expectSignedIn(deviceA);
  await deviceA.reload();
  await expectSignedIn(deviceA);
  await expectOnPage(deviceA, PAGES.account);

  await contextB.close();
});

test('signing in in a second tab signs in the first (guest) tab without a reload', async ({
  page: tab1,
  context,
  request,
}) => {
  // The account exists, but this browser is not signed in to it (`request` has its own cookies).
  const shopper = newShopper();
  expect((await request.post('/api/auth/register', { data: shopper })).status()).toBe(201);

  const spy1 = new SocketSpy(tab1);
  await tab1.goto('/about');
  await expectOnPage(tab1, PAGES.about);
  await expectSignedOut(tab1);
  // The guest tab is connected, so it can hear about the sign-in.
  await expect.poll(() => spy1.connects(), UNTIL_IT_HAPPENS).toBe(1);
  await markDocument(tab1);

  const tab2 = await context.newPage();
  await tab2.goto('/signin');
  await new SignInPage(tab2).submit(shopper.email, shopper.password);
  await expectSignedIn(tab2);

  await expectSignedIn(tab1);
  await expect(new SiteHeader(tab1).banner()).toContainText(shopper.name);
  await expectOnPage(tab1, PAGES.about);
  await expectSameDocument(tab1);
});
