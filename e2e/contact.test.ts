import { expect, test } from './fixtures.js';
import { ContactPage } from './pages/contact-page.js';
import { PAGES, SiteHeader, expectOnPage } from './pages/site-pages.js';
import { SocketSpy, UNTIL_IT_HAPPENS } from './socket-spy.js';

interface Receipt {
  ok: boolean;
  data: { id: number; receivedAt: string };
}

/** The date as the receipt writes it, formatted by the browser itself. */
const receiptDate = (page: ContactPage['page'], iso: string) =>
  page.evaluate(
    (value) => new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value)),
    iso,
  );

test('a guest sends a message and sees the receipt the server gave', async ({ page }) => {
  const spy = new SocketSpy(page);
  const contact = new ContactPage(page);
  await contact.open();
  await expectOnPage(page, PAGES.contact);
  await expect(contact.name()).toHaveValue('');
  await expect(contact.email()).toHaveValue('');

  await contact.fill({
    name: 'Grace Hopper',
    email: ' Grace.Hopper@Example.COM ',
    topic: 'Repair or warranty',
    message: 'The left hinge of my frame is loose.',
  });
  await contact.send();

  await expect(contact.receipt()).toBeVisible();
  await expect.poll(() => spy.lastAck('contact:send'), UNTIL_IT_HAPPENS).toMatchObject({ ok: true });
  const { data } = spy.lastAck('contact:send') as Receipt;
  expect(spy.emitted('contact:send')).toEqual([
    {
      name: 'Grace Hopper',
      email: 'grace.hopper@example.com',
      topic: 'repair',
      message: 'The left hinge of my frame is loose.',
    },
  ]);
  await expect(contact.receipt()).toContainText(
    `Thanks, Grace Hopper. We received your message on ${await receiptDate(page, data.receivedAt)}.`,
  );
  await expect(contact.receipt()).toContainText(
    `Your reference number is ${data.id}. We reply to grace.hopper@example.com within one business day.`,
  );
  // Focus moves to the confirmation so a screen reader reads it.
  await expect(contact.receipt().getByRole('heading', { name: 'Message sent' })).toBeFocused();

  await contact.sendAnother();
  await expect(contact.message()).toHaveValue('');
  await expect(contact.receipt()).toHaveCount(0);
});

test('invalid input is explained beside each field and nothing is sent until it is fixed', async ({ page }) => {
  const spy = new SocketSpy(page);
  const contact = new ContactPage(page);
  await contact.open();

  await contact.fill({ name: 'Grace Hopper', email: 'grace-at-example', message: 'Too short' });
  await contact.send();

  await expect(contact.formAlert()).toHaveText('Please correct the highlighted fields.');
  await expect(contact.email()).toHaveAttribute('aria-invalid', 'true');
  await expect(contact.email()).toHaveAccessibleDescription('Enter a valid email address.');
  await expect(contact.topic()).toHaveAttribute('aria-invalid', 'true');
  await expect(contact.topic()).toHaveAccessibleDescription('Choose a topic.');
  await expect(contact.message()).toHaveAttribute('aria-invalid', 'true');
  await expect(contact.message()).toHaveAccessibleDescription(
    'At least 10 characters. Include an order number if you have one. Write at least 10 characters.',
  );
  await expect(contact.name()).not.toHaveAttribute('aria-invalid');
  await expect(contact.email()).toBeFocused();
  // What was typed stays, so only the mistakes need fixing.
  await expect(contact.message()).toHaveValue('Too short');

  // Nine characters once trimmed is still too short.
  await contact.fill({ email: 'grace@example.com', topic: 'Something else', message: '   ninechar!   ' });
  await contact.send();
  await expect(contact.message()).toHaveAccessibleDescription(/Write at least 10 characters\.$/);
  await expect(contact.email()).not.toHaveAttribute('aria-invalid');
  await expect(contact.topic()).not.toHaveAttribute('aria-invalid');
  await expect(contact.message()).toBeFocused();

  await contact.fill({ message: 'Ten chars!' });
  await contact.send();
  await expect(contact.receipt()).toBeVisible();
  await expect.poll(() => spy.lastAck('contact:send'), UNTIL_IT_HAPPENS).toMatchObject({ ok: true });
  // The one message that reached the server is the valid one: the two refused submits sent nothing.
  expect(spy.emitted('contact:send')).toEqual([
    { name: 'Grace Hopper', email: 'grace@example.com', topic: 'other', message: 'Ten chars!' },
  ]);
});

test('a signed-in shopper finds their name and email filled in, and the message is kept with their account', async ({
  page,
  shopper,
}) => {
  await new SiteHeader(page).navLink('Contact').click();
  await expectOnPage(page, PAGES.contact);
  const contact = new ContactPage(page);
  await expect(contact.name()).toHaveValue(shopper.name);
  await expect(contact.email()).toHaveValue(shopper.email);

  await contact.fill({ topic: 'An order I placed', message: 'Where is order 1042?' });
  await contact.send();
  await expect(contact.receipt()).toContainText(`Thanks, ${shopper.name}.`);
  await expect(contact.receipt()).toContainText(`We reply to ${shopper.email} within one business day.`);

  const exported = await (await page.request.get('/api/auth/export')).json();
  expect(exported.contactMessages).toEqual([
    expect.objectContaining({
      name: shopper.name,
      email: shopper.email,
      topic: 'order',
      message: 'Where is order 1042?',
    }),
  ]);
});
