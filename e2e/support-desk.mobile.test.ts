import { expect, test } from './fixtures.js';
import * as step from './support-desk-journey.js';

const PHONE = { width: 375, height: 812 };

test('[SHELL2] [ASSIGN1] [SAVED4] [NOTE2] [NOTE4] [RATE1] the support desk at 375 px: list → conversation → customer and back, a hand-off assigned, answered with a saved reply, noted, resolved and rated', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  const staffContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const staffPage = await staffContext.newPage();
  const j = await step.startJourney(page, staffPage, '375');

  await step.askForPerson(j);
  await j.shot(staffPage, 'handoff');

  // One pane at a time: the row opens the conversation in the list's place.
  await j.desk.row(j.shopper).click();
  await expect(j.desk.conversation(j.shopper)).toBeVisible();
  await expect(j.desk.list()).toBeHidden();
  await j.shot(staffPage, 'conversation');

  // The header is compact: the actions and triage controls fold behind "Actions".
  await expect(j.desk.triage()).toBeHidden();
  await j.desk.expectInView(j.desk.messages().last());
  await j.desk.actionsDisclosure().click();
  await expect(j.desk.actionsDisclosure()).toHaveAttribute('aria-expanded', 'true');
  await j.shot(staffPage, 'actions-open');
  await step.assignToMeAndTakeOver(j);
  // Taking over folds the actions again: the reply box is what comes next.
  await expect(j.desk.actionsDisclosure()).toHaveAttribute('aria-expanded', 'false');
  await expect(j.desk.button('Hand back to assistant')).toBeHidden();
  await j.shot(staffPage, 'taken-over');
  // [SHELL2] The transcript gets most of the height; the reply box and the last message in view.
  await j.desk.expectInView(j.desk.replyField());
  await j.desk.expectInView(j.desk.button('Send reply'));
  await j.desk.expectInView(j.desk.messages().last());
  const transcript = (await j.desk.transcript().locator('..').boundingBox())!;
  expect(transcript.height).toBeGreaterThan(PHONE.height * 0.4);

  // Unfolded, the controls keep 44 px touch targets; a priority changes only with Apply.
  await j.desk.actionsDisclosure().click();
  for (const control of [j.desk.button('Hand back to assistant'), j.desk.applyButton('Priority')])
    expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await step.raisePriority(j);
  await j.shot(staffPage, 'actions-open-mine');
  await j.desk.actionsDisclosure().click();

  // The customer pane, and back to the conversation.
  await j.desk.button('Customer').click();
  await expect(j.desk.customer()).toBeVisible();
  await expect(j.desk.conversation(j.shopper)).toBeHidden();
  await j.shot(staffPage, 'customer');
  await j.desk.button('Back to conversation').click();
  await expect(j.desk.conversation(j.shopper)).toBeVisible();

  await step.replyWithSavedReply(j);
  await j.shot(staffPage, 'saved-reply');
  await j.shot(page, 'shopper-reply');
  const note = await step.writeNote(j);
  await j.shot(staffPage, 'note');

  await j.desk.actionsDisclosure().click();
  await step.resolve(j);
  await expect(j.desk.actionsDisclosure()).toHaveAttribute('aria-expanded', 'false');
  await j.shot(page, 'shopper-rating-card');
  await step.rateFive(j);
  await step.expectNoteNotShown(j, note);
  await j.shot(staffPage, 'rated');
  await j.shot(page, 'shopper-rated');

  // Back to the list: the row carries the rating.
  await j.desk.back().click();
  await expect(j.desk.list()).toBeVisible();
  await expect(j.desk.row(j.shopper)).toContainText('Rated 5 of 5');
  await j.shot(staffPage, 'list-rated');

  await staffContext.close();
});
