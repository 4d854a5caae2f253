import { expect, test } from './fixtures.js';
import * as step from './support-desk-journey.js';

test('[DESK3] [SHELL3] [SHELL4] [ASSIGN1] [SAVED4] [NOTE2] [NOTE4] [RATE1] the support desk at 1280×800: a hand-off arrives, is assigned, answered with a saved reply, noted, resolved and rated', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const staffContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const staffPage = await staffContext.newPage();
  const j = await step.startJourney(page, staffPage, '1280');

  await step.askForPerson(j);
  await j.shot(staffPage, 'handoff');

  // [SHELL3] j moves to the first row in the list's order: the newest hand-off leads it.
  await expect(j.desk.rows().first()).toHaveAccessibleName(new RegExp(`^${j.shopper}`));
  await staffPage.keyboard.press('j');
  await expect(j.desk.conversation(j.shopper)).toBeVisible();
  await expect(j.desk.selectedRow()).toHaveAccessibleName(new RegExp(`^${j.shopper}`));
  await expect(staffPage).toHaveTitle(`${j.waitingBefore + 1} waiting · VisionX Desk`);

  // From 1024 px the header shows its actions and controls: no "Actions" disclosure.
  await expect(j.desk.actionsDisclosure()).toBeHidden();
  await step.assignToMeAndTakeOver(j);
  await expect(j.desk.row(j.shopper)).toContainText(`Assigned to ${j.agent}`);
  await j.shot(staffPage, 'taken-over');
  await step.raisePriority(j);
  await step.triageFormsKeepFocusAndNote(j);
  // The actions and triage controls share one wrapping row of compact controls: the header leaves
  // the transcript room beside the pinned reply box.
  await j.shot(staffPage, 'conversation-mine');
  const transcript = (await j.desk.transcript().locator('..').boundingBox())!;
  expect(transcript.height).toBeGreaterThan(230);
  const reply = await step.replyWithSavedReply(j);
  await j.shot(staffPage, 'saved-reply');
  await j.shot(page, 'shopper-reply');
  await expect(j.desk.messages().filter({ hasText: reply })).toHaveCount(1);

  const note = await step.writeNote(j);
  await j.shot(staffPage, 'note');

  // The conversation with its full header at 1440×900: nothing overlaps, the reply box in view.
  await staffPage.setViewportSize({ width: 1440, height: 900 });
  await j.desk.expectInView(j.desk.replyField());
  await j.desk.expectInView(j.desk.button('Close conversation'));
  await j.shot(staffPage, '1440-conversation');
  await staffPage.setViewportSize({ width: 1280, height: 800 });

  await step.resolve(j);
  await j.shot(page, 'shopper-rating-card');
  await step.rateFive(j);
  await expect(j.desk.row(j.shopper)).toContainText('Rated 5 of 5');
  await step.expectNoteNotShown(j, note);
  await j.shot(staffPage, 'rated');
  await j.shot(page, 'shopper-rated');

  await staffContext.close();
});
