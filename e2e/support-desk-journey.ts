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
  await j.desk.triage().getByRole('button', { name: 'Assign', exact: true }).click();
  await j.desk.button('Assign to me').click();
  await expect(j.desk.conversation(j.shopper)).toContainText(`Assigned to ${j.agent}`);
  await j.desk.button('Take over').click();
  await expect(j.desk.conversation(j.shopper)).toContainText(`With ${j.agent}`);
  await expect(j.chat.conversation()).toContainText(`${j.agent} from VisionX support joined.`);
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
