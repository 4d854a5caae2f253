import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, type Mailbox } from './mailbox.js';
import { ChatWidget } from './pages/chat-pages.js';

const SHOTS = '.test-tmp/screenshots';

/**
 * On the Support page a guest asks the assistant something, then "Email transcript": the
 * address is required, the transcript arrives by SMTP, and the development viewer lists it as
 * sent (its body cleared).
 * Shared by the desktop and the 375 px journeys (screenshots of both).
 */
export async function emailTranscript(page: Page, mailbox: Mailbox): Promise<void> {
  const width = page.viewportSize()!.width;
  const email = `e2e-transcript-${width}-${Date.now().toString(36)}@example.com`;
  await page.goto('/support');
  const panel = page.getByRole('region', { name: 'Ask our assistant' });
  const chat = new ChatWidget(page, panel);
  await chat.ask('What is your returns policy?');
  const open = panel.getByRole('button', { name: 'Email transcript' });
  await open.click();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const form = panel.getByRole('form', { name: 'Email this conversation' });
  await form.getByRole('button', { name: 'Send transcript' }).click();
  await expect(form.getByLabel('Your email')).toHaveAccessibleDescription(/Enter/);
  await form.getByLabel('Your email').fill(email);
  mkdirSync(SHOTS, { recursive: true });
  await panel.screenshot({ path: `${SHOTS}/mail-transcript-${width}.png` });
  await form.getByRole('button', { name: 'Send transcript' }).click();
  await expect(panel.getByRole('status').filter({ hasText: `Transcript sent to ${email}.` })).toBeVisible();
  await expect(open).toBeFocused();
  const mail = await mailbox.waitForMail(email, 'Your VisionX conversation');
  expect(mail.text).toContain('What is your returns policy?');
  expect(mail.text).toContain('/support?conversation=');

  await page.goto('/dev/mail');
  await expect(page.getByRole('heading', { name: 'Outbox' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('sent');
  await row.getByRole('link', { name: /Your VisionX conversation/ }).click();
  // Sent: the body is gone from the outbox, the headers stay as the record.
  await expect(page.getByRole('row', { name: /Message-ID/ })).toContainText('@visionx.example');
  await expect(page.getByText('The body was cleared once sent')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/mail-viewer-${width}.png`, fullPage: true });
}
