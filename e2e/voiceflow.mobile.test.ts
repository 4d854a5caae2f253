import { choiceTrace, textTrace } from '../server/test/fake-voiceflow/fake-voiceflow.js';
import { ChatWidget } from './pages/chat-pages.js';
import { expect, test } from './voiceflow-runtime.js';

const [TRACK, RETURN] = ['Track my order', 'Return a phone I bought last week'];
const OPTIONS = [TRACK, RETURN];

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
  fake.enqueue({ type: 'traces', traces: [textTrace('What can I do for you?'), choiceTrace(OPTIONS)] });
  await chat.field().fill('Hello');
  await chat.field().press('Enter');
  await chat.expectAnswered(1);
  const replies = chat.root.getByRole('group', { name: 'Suggested answers' });
  for (const name of OPTIONS) {
    const box = (await replies.getByRole('button', { name }).boundingBox())!;
    expect(box.height, `${name}: a 44 px tap target`).toBeGreaterThanOrEqual(44);
    expect(box.x >= 0 && box.x + box.width <= 375, `${name}: inside the screen`).toBe(true);
  }
  // A keyboard (a phone's, or a switch) reaches them too; the screenshot shows the focus.
  await page.keyboard.press('Shift+Tab');
  await expect(replies.getByRole('button', { name: RETURN })).toBeFocused();
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
