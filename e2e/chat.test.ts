import { expect, expectSignedIn, test } from './fixtures.js';
import { SignInPage } from './pages/account-pages.js';
import { CartDrawer } from './pages/cart-pages.js';
import { ChatWidget } from './pages/chat-pages.js';
import { test as slowTest } from './slow-answers.js';

// The offline assistant (the default engine) knows the catalog: the Vision Go starts at $349.00 (Black, 128 GB).
const PHONE = 'Vision Go';
const ASK_PHONE = 'Tell me about the Vision Go';
const ASK_ADD = 'Add the black 128 GB one to my cart';

test('a shopper asks about a phone, adds it from the chat, and finds the conversation again after signing in anew', async ({
  page,
  context,
  shopper,
}) => {
  test.setTimeout(90_000);
  const chat = new ChatWidget(page);
  const cart = new CartDrawer(page);
  await cart.expectCount(0);

  // A second tab of the same browser: it follows the cart and the conversation.
  const tab2 = await context.newPage();
  const cart2 = new CartDrawer(tab2);
  await tab2.goto('/about');
  await cart2.expectCount(0);

  // Open chat → ask about a phone: the answer streams in with a product card.
  await chat.open();
  await expect(chat.field()).toBeFocused();
  await expect(chat.suggestion('Which phone has the best camera?')).toBeVisible();
  await chat.ask(ASK_PHONE);
  await expect(chat.productCard(PHONE)).toBeVisible();
  await expect(chat.productCard(PHONE).getByRole('link', { name: `View ${PHONE}` })).toHaveAttribute(
    'href',
    '/products/vision-go',
  );
  await expect(chat.answers().first()).toContainText('$349.00');

  // Ask to add it: a confirm card; nothing changes until the shopper says yes.
  await chat.ask(ASK_ADD);
  const proposal = chat.proposal(PHONE);
  await expect(proposal).toContainText('Black, 128 GB');
  await expect(proposal).toContainText('$349.00');
  await cart.expectCount(0);
  await page.screenshot({ path: '.test-tmp/screenshots/chat-1280.png' });
  await proposal.getByRole('button', { name: 'Add to cart' }).click();
  await expect(proposal).toContainText('Added to your cart.');
  await expect(proposal.getByRole('button', { name: 'Add to cart' })).toHaveCount(0);

  // The cart badge updates here and in the second tab, without a reload.
  await cart.expectCount(1);
  await cart2.expectCount(1);
  // The second tab shows the same conversation, the card already answered.
  const chat2 = new ChatWidget(tab2);
  await chat2.open();
  await expect(chat2.shopperMessage(ASK_ADD)).toBeVisible();
  await expect(chat2.proposal(PHONE)).toContainText('Added to your cart.');
  await tab2.close();

  // A reload in the same login session: the conversation is still the current one.
  await page.reload();
  await chat.open();
  await expect(chat.shopperMessage(ASK_PHONE)).toBeVisible();
  await expect(chat.productCard(PHONE)).toBeVisible();
  await expect(chat.continueLast()).toHaveCount(0);

  // Escape closes the chat and focus returns to the launcher.
  await page.keyboard.press('Escape');
  await expect(chat.root).toBeHidden();
  await expect(chat.launcher()).toBeFocused();

  // A new sign-in starts a new chat session: "Continue last conversation" brings the exchange back.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await new SignInPage(page).open();
  await new SignInPage(page).submit(shopper.email, shopper.password);
  await expectSignedIn(page);
  await chat.open();
  await expect(chat.shopperMessage(ASK_PHONE)).toHaveCount(0);
  await chat.continueLast().click();
  await expect(chat.shopperMessage(ASK_PHONE)).toBeVisible();
  await expect(chat.shopperMessage(ASK_ADD)).toBeVisible();
  await expect(chat.productCard(PHONE)).toBeVisible();
  await expect(chat.proposal(PHONE)).toContainText('Added to your cart.');
  await cart.expectCount(1);

  // "New conversation" leaves it; "Continue last conversation" brings it back again.
  await chat.newConversation().click();
  await expect(chat.shopperMessage(ASK_PHONE)).toHaveCount(0);
  await chat.continueLast().click();
  await expect(chat.shopperMessage(ASK_PHONE)).toBeVisible();
});

test('a tab that opens the chat mid-answer shows the text so far and continues without gaps or repeats', async ({
  page,
  context,
}) => {
  const chat = new ChatWidget(page);
  await page.goto('/');
  await chat.open();
  const tab2 = await context.newPage();
  const chat2 = new ChatWidget(tab2);
  await tab2.goto('/about');

  await chat.field().fill('My phone won’t charge');
  await chat.sendButton().click();
  await expect(chat.stopButton()).toBeVisible();
  // Opened while the answer streams: it joins where the stream is.
  await chat2.open();
  await chat.expectAnswered(1);
  await chat2.expectAnswered(1);
  const [one, two] = [await chat.answers().first().innerText(), await chat2.answers().first().innerText()];
  expect(two).toBe(one);
  expect(one.length).toBeGreaterThan(80);
});

slowTest('Stop keeps the partial answer, and Retry answers again', async ({ browser, slowAnswers }) => {
  // On the worker's slow-answers server (e2e/slow-answers.ts): the answer streams for seconds, so
  // Stop lands while it streams however busy the machine; its first words are awaited first.
  const context = await browser.newContext({ baseURL: slowAnswers.url });
  const page = await context.newPage();
  const chat = new ChatWidget(page);
  await page.goto('/support');
  const panel = new ChatWidget(page, page.getByRole('region', { name: 'Ask our assistant' }));
  await panel.field().fill('What is your return policy?');
  await panel.field().press('Enter');
  await expect(panel.answers().first()).not.toBeEmpty();
  await panel.stopButton().click();
  await expect(panel.answers().first()).toContainText('Stopped.');
  await panel.root.getByRole('button', { name: 'Retry' }).click();
  await panel.expectAnswered(2);
  await expect(panel.answers().last()).not.toContainText('Stopped.');
  // The Support page holds the chat itself, so it has no launcher; elsewhere the launcher's dialog shows the same conversation.
  await expect(chat.launcher()).toHaveCount(0);
  await page.getByRole('banner').getByRole('link', { name: 'VisionX home' }).click();
  await chat.open();
  await expect(chat.answers()).toHaveCount(2);
  await context.close();
});

test('the shopper switches department and asks for a person; every tab shows the waiting state', async ({
  page,
  context,
}) => {
  const chat = new ChatWidget(page);
  await page.goto('/');
  await chat.open();
  // Before the first message there is no conversation to switch or hand over yet.
  await expect(chat.department()).toHaveCount(0);
  await chat.suggestion('What is your return policy?').click();
  await chat.expectAnswered(1);

  await chat.department().selectOption({ label: 'Tech support' });
  await expect(chat.department()).toHaveValue('tech');
  const tab2 = await context.newPage();
  const chat2 = new ChatWidget(tab2);
  await tab2.goto('/about');
  await chat2.open();
  await expect(chat2.department()).toHaveValue('tech');

  await chat.root.getByRole('button', { name: 'Talk to a person' }).click();
  await expect(chat.root).toContainText('We have asked a person to join.');
  await expect(chat.root.getByRole('button', { name: 'Talk to a person' })).toHaveCount(0);
  await expect(chat2.root).toContainText('We have asked a person to join.');
});
