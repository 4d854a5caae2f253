import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectSameDocument, expectSignedIn, markDocument, newShopper } from './fixtures.js';
import { ChatWidget } from './pages/chat-pages.js';
import { StaffConsole } from './pages/staff-pages.js';
import { createStaffAccount, signInStaff } from './staff-account.js';

/**
 * The support desk's journey in steps, shared by the desktop and the 375 px files: each file
 * walks them in order and moves between the desk's panes its own way (keys and three panes, or
 * one pane at a time and the back buttons).
 */

const letters = () =>
  Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const SHOTS = '.test-tmp/screenshots';

export interface DeskJourney {
  shopperPage: Page;
  staffPage: Page;
  chat: ChatWidget;
  desk: StaffConsole;
  /** The shopper's full name (first name Robin) and the staff member's first name. */
  shopper: string;
  agent: string;
  /** The desk's "N waiting" before this shopper asked. */
  waitingBefore: number;
  shot: (page: Page, step: string) => Promise<void>;
}

/** A signed-in shopper with a name of their own asks the assistant something; a staff member has the desk open. */
export async function startJourney(shopperPage: Page, staffPage: Page, label: string): Promise<DeskJourney> {
  mkdirSync(SHOTS, { recursive: true });
  const account = { ...newShopper(), name: `Robin ${letters()}` };
  expect((await shopperPage.request.post('/api/auth/register', { data: account })).status()).toBe(201);
  await shopperPage.goto('/');
  await expectSignedIn(shopperPage);
  const chat = new ChatWidget(shopperPage);
  await chat.open();
  await chat.ask('Where is my parcel?');

  await signInStaff(staffPage, createStaffAccount('Alex Morgan'));
  const desk = new StaffConsole(staffPage);
  await desk.open();
  await expect(desk.waitingBadge()).toBeVisible();
  const waitingBefore = Number.parseInt(await desk.waitingBadge().innerText(), 10);
  const shot = (page: Page, step: string) =>
    page.screenshot({ path: `${SHOTS}/desk-journey-${label}-${step}.png` }).then(() => undefined);
  return { shopperPage, staffPage, chat, desk, shopper: account.name, agent: 'Alex', waitingBefore, shot };
}

/** [DESK3] [SHELL4] The shopper asks for a person: badge, tab title and announcement, without a reload. */
export async function askForPerson(j: DeskJourney) {
  await markDocument(j.staffPage);
  await j.chat.talkToPerson().click();
  await expect(j.chat.conversation()).toContainText('We have asked a member of the VisionX support team to join');
  const waiting = j.waitingBefore + 1;
  await expect(j.desk.waitingBadge()).toHaveText(`${waiting} waiting`);
  // Unread counts the shopper's own messages only (desk-attention.ts); asking for a person is
  // news through the waiting count, the badge and the announcement.
  await expect(j.staffPage).toHaveTitle(`${waiting} waiting · VisionX Desk`);
  await expect(j.desk.announcement(`${j.shopper} asked for a person.`)).toBeAttached();
  await expect(j.desk.row(j.shopper)).toContainText('Waiting for a person');
  // The shopper writes again while nobody has it open: unread, counted first in the tab title.
  await j.chat.ask('Is anyone there?');
  await expect(j.staffPage).toHaveTitle(`(1) ${waiting} waiting · VisionX Desk`);
  await expectSameDocument(j.staffPage);
}

/** [ASSIGN1] "Assign to me" in the header's controls: the header names the assignee; then take over. */
export async function assignToMeAndTakeOver(j: DeskJourney) {
  const assign = j.desk.triage().getByRole('button', { name: 'Assign', exact: true });
  await assign.click();
  // The form takes the focus, and gives it back to its button once it is done.
  await expect(j.desk.main().getByRole('combobox', { name: 'Assign to' })).toBeFocused();
  await j.desk.button('Assign to me').click();
  await expect(j.desk.conversation(j.shopper)).toContainText(`Assigned to ${j.agent}`);
  await expect(assign).toBeFocused();
  await j.desk.button('Take over').click();
  await expect(j.desk.conversation(j.shopper)).toContainText(`With ${j.agent}`);
  await expect(j.chat.conversation()).toContainText(`${j.agent} from VisionX support joined.`);
}

/** Priority changes only when Apply is pressed: a choice alone (an arrow key on the select) records nothing. */
export async function raisePriority(j: DeskJourney) {
  const apply = j.desk.applyButton('Priority');
  await expect(apply).toBeDisabled();
  await j.desk.triageSelect('Priority').selectOption({ label: 'High' });
  await expect(apply).toBeEnabled();
  await apply.click();
  // The conversation's priority is now High: the choice is no longer a change, so Apply rests.
  await expect(apply).toBeDisabled();
  await expect(j.desk.triageSelect('Priority')).toHaveValue('high');
}

/**
 * The Assign and Snooze forms take the focus when they open and give it back to their button when
 * they close; a refused assignment keeps the form open, the note typed, and says why by it.
 */
export async function triageFormsKeepFocusAndNote(j: DeskJourney) {
  const assign = j.desk.triage().getByRole('button', { name: 'Assign', exact: true });
  await assign.click();
  const note = j.desk.main().getByRole('textbox', { name: 'Note for the team (optional)', exact: true });
  await note.fill('Back to the pool, please.');
  // Unassigning while someone speaks is refused ([ASSIGN*]): hand back or transfer.
  await j.desk.button('Unassign').click();
  const refusal = 'Someone is talking to the shopper: hand back or transfer instead.';
  await expect(j.desk.main().getByRole('alert').filter({ hasText: refusal })).toBeVisible();
  await expect(note).toHaveValue('Back to the pool, please.');
  await expect(note).toHaveAccessibleDescription(`Only staff see it. ${refusal}`);
  await j.shot(j.staffPage, 'assign-refused');
  await note.press('Escape');
  await expect(note).toBeHidden();
  await expect(assign).toBeFocused();

  const snooze = j.desk.triage().getByRole('button', { name: 'Snooze', exact: true });
  await snooze.click();
  await expect(j.desk.main().getByLabel('Pick a time')).toBeFocused();
  await j.desk.button('Cancel').click();
  await expect(snooze).toBeFocused();
}

/** [SAVED1] [SAVED3] [SAVED4] A saved reply with variables, chosen after `/` with the keyboard, reaches the shopper filled in. */
export async function replyWithSavedReply(j: DeskJourney) {
  const title = `Greeting ${letters()}`;
  await j.desk.createSavedReply(title, 'Hi {{shopper.firstName}}, {{agent.firstName}} here from VisionX.');
  await j.desk.offerSavedReplies('gre');
  await j.shot(j.staffPage, 'saved-reply-offered');
  await j.desk.chooseSavedReply(title);
  const filled = `Hi Robin, ${j.agent} here from VisionX.`;
  await expect(j.desk.replyField()).toHaveValue(filled);
  await j.desk.replyField().press('Enter');
  await expect(j.desk.replyField()).toHaveValue('');
  await expect(j.chat.staffMessage(j.agent).filter({ hasText: filled })).toBeVisible();
  return filled;
}

/** [NOTE4] An internal note: in the desk's timeline marked internal. Returns its text. */
export async function writeNote(j: DeskJourney) {
  const note = `Robin's parcel ${letters()} is held at the depot; check again tomorrow.`;
  await j.desk.composerTab('Internal note').click();
  await expect(j.desk.composerTab('Internal note')).toHaveAttribute('aria-selected', 'true');
  await j.desk.noteField().fill(note);
  await j.desk.button('Add note').click();
  await expect(j.desk.noteField()).toHaveValue('');
  await expect(j.desk.notes().filter({ hasText: note })).toHaveCount(1);
  await j.desk.composerTab('Reply to shopper').click();
  return note;
}

/** [TAKE4] [RATE1] Close with a resolution note: the shopper gets the rating card. */
export async function resolve(j: DeskJourney) {
  await j.desk.button('Close conversation').click();
  await j.desk.resolutionField().fill('Parcel located, the shopper was told when it arrives.');
  await j.desk.button('Close it').click();
  await expect(j.desk.conversation(j.shopper)).toContainText('This conversation is closed.');
  await expect(j.chat.ratingCard()).toBeVisible();
  await expect(j.chat.ratingCard()).toContainText('How did we do?');
}

/** [RATE1] The shopper rates 5 with a comment; the desk's row and header show it without a reload. */
export async function rateFive(j: DeskJourney) {
  await markDocument(j.staffPage);
  // Submit with no score: the first star takes the focus, described by what is missing.
  await j.chat.ratingCard().getByRole('button', { name: 'Submit' }).click();
  await expect(j.chat.stars(1)).toBeFocused();
  await expect(j.chat.ratingGroup()).toHaveAccessibleDescription('Choose from 1 to 5 stars first.');
  await expect(j.chat.stars(1)).toHaveAccessibleDescription('Choose from 1 to 5 stars first.');
  await j.chat.rate(5, 'Quick and friendly, thank you.');
  await expect(j.chat.ratingCard()).toContainText('Thanks, you rated 5 of 5');
  await expect(j.desk.conversation(j.shopper)).toContainText('Rated 5 of 5');
  await expect(j.desk.conversation(j.shopper)).toContainText('Quick and friendly, thank you.');
  await expect(j.desk.transcript()).toContainText('The shopper rated 5 of 5');
  await expectSameDocument(j.staffPage);
}

/** [NOTE2] [NOTE3] Nothing of the note ever reached the shopper's page (checked once later pushes arrived). */
export async function expectNoteNotShown(j: DeskJourney, note: string) {
  await expect(j.chat.conversation()).not.toContainText(note);
  await expect(j.shopperPage.getByText(note)).toHaveCount(0);
  expect(await j.shopperPage.content()).not.toContain(note.slice(0, 20));
}
