import { cardTrace, choiceTrace, completionTraces, textTrace } from '../server/test/fake-voiceflow/fake-voiceflow.js';
import { ChatWidget } from './pages/chat-pages.js';
import { expect, test } from './voiceflow-runtime.js';

const ASK = 'Hi, I need help';
const FIRST = ['Happy to help. ', 'What would you like to do?'];
const [TRACK, BROWSE] = ['Track my order', 'Browse phones'];
const RETURN_LAST_WEEK = 'Return a phone I bought last week';
const PHONE_OPTIONS = [TRACK, RETURN_LAST_WEEK];

test('[VF1] [VF3] [VF12] a shopper answers a Voiceflow agent with a quick reply, from the keyboard', async ({
  browser,
  voiceflow: { server, fake },
}) => {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  const chat = new ChatWidget(page);
  const start = fake.requests.length;
  await page.goto('/');
  await chat.open();

  // The agent answers with streamed text and a choice of two buttons.
  fake.enqueue({ type: 'traces', traces: [...completionTraces(FIRST), choiceTrace([TRACK, BROWSE])] });
  await chat.field().fill(ASK);
  await chat.field().press('Enter');
  await chat.expectAnswered(1);
  await expect(chat.answers().first()).toContainText(FIRST.join(''));
  const replies = chat.root.getByRole('group', { name: 'Suggested answers' });
  await expect(replies.getByRole('button')).toHaveCount(2);
  const [track, browse] = [replies.getByRole('button', { name: TRACK }), replies.getByRole('button', { name: BROWSE })];
  await expect(track).toBeVisible();
  await expect(browse).toBeVisible();
  expect((await fake.request(start)).body.action).toEqual({ type: 'text', payload: ASK });

  // Keyboard only: back from the message field to the first button, on to the second, Enter.
  await expect(chat.field()).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(track).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(browse).toBeFocused();
  expect(await browse.evaluate((el) => el.matches(':focus-visible')), 'the focused button shows its focus').toBe(true);
  await page.screenshot({ path: '.test-tmp/screenshots/voiceflow-quick-replies-1280.png' });

  // The next answer: text, and a cardV2 naming a product of the shop, shown as the shop's own card.
  const NEXT = ['Our newest phone ', 'is the Vision Go.'];
  fake.enqueue({
    type: 'traces',
    delayMs: 50,
    traces: [...completionTraces(NEXT), cardTrace({ title: 'Vision Go', slug: 'vision-go' })],
  });
  await page.keyboard.press('Enter');

  // The label is the shopper's message, sent to the runtime as typed text in the same dialog.
  await expect(chat.shopperMessage(BROWSE)).toBeVisible();
  await expect(replies).toHaveCount(0);
  // The pressed button is gone: focus moves on to the message field, not to the page's start.
  await expect(chat.field()).toBeFocused();
  const pressed = await fake.request(start + 1);
  expect(pressed.body.action).toEqual({ type: 'text', payload: BROWSE });
  expect([pressed.route, pressed.userId]).toEqual(['stream', (await fake.request(start)).userId]);
  await chat.expectAnswered(2);
  await expect(chat.answers().last()).toContainText(NEXT.join(''));
  await expect(chat.productCard('Vision Go')).toBeVisible();
  // Used buttons are gone for good: the first answer is no longer the last message.
  await expect(chat.root.getByRole('button', { name: TRACK })).toHaveCount(0);
  expect(fake.requests.length).toBe(start + 2);
  await context.close();
});

// On a phone-sized page of its own (375 px, touch), in this file so it shares the worker's Voiceflow
// server: a server started for the mobile project alone cost the suite one more start.
test('[VF12] on a phone, a Voiceflow agent’s quick replies are whole, 44 px tap targets, and a tap answers', async ({
  browser,
  voiceflow: { server, fake },
}) => {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const chat = new ChatWidget(page);
  const start = fake.requests.length;
  await page.goto('/');
  await chat.open();
  fake.enqueue({ type: 'traces', traces: [textTrace('What can I do for you?'), choiceTrace(PHONE_OPTIONS)] });
  await chat.field().fill('Hello');
  await chat.field().press('Enter');
  await chat.expectAnswered(1);
  const replies = chat.root.getByRole('group', { name: 'Suggested answers' });
  for (const name of PHONE_OPTIONS) {
    const box = (await replies.getByRole('button', { name }).boundingBox())!;
    expect(box.height, `${name}: a 44 px tap target`).toBeGreaterThanOrEqual(44);
    expect(box.x >= 0 && box.x + box.width <= 375, `${name}: inside the screen`).toBe(true);
  }
  // A keyboard (a phone's, or a switch) reaches them too; the screenshot shows the focus.
  await page.keyboard.press('Shift+Tab');
  await expect(replies.getByRole('button', { name: RETURN_LAST_WEEK })).toBeFocused();
  await page.screenshot({ path: '.test-tmp/screenshots/voiceflow-quick-replies-375.png' });

  fake.enqueue({ type: 'traces', traces: [textTrace('Your order VX-1 has shipped.')] });
  await replies.getByRole('button', { name: TRACK }).tap();
  await expect(chat.shopperMessage(TRACK)).toBeVisible();
  await expect(replies).toHaveCount(0);
  // A tap leaves the field alone: the phone does not raise its keyboard over the answer.
  await expect(chat.field()).not.toBeFocused();
  expect((await fake.request(start + 1)).body.action).toEqual({ type: 'text', payload: TRACK });
  await chat.expectAnswered(2);
  await expect(chat.answers().last()).toContainText('Your order VX-1 has shipped.');
  await context.close();
});
