import { startSmtpSink, type SmtpSink } from '../server/test/smtp-sink.js';
import { test as base } from './fixtures.js';
import { serverFor } from './servers.js';

export { expect } from './fixtures.js';
export type Mailbox = SmtpSink;

/**
 * `mailbox`: a real SMTP server (server/test/smtp-sink.ts) on the port where this worker's
 * server delivers (e2e/servers.ts; its SMTP_URL, playwright.config.ts), for the whole worker. A journey awaits a
 * message with `await mailbox.waitForMail(to, /subject/)`: the parsed MIME message (mailparser's
 * ParsedMail: subject, text, html, messageId…), resolved the moment it arrives, no polling.
 * Mail the app sends while no journey holds the mailbox is refused at the door and retried
 * by the app later (the outbox's backoff), never lost.
 */
export const test = base.extend<Record<never, never>, { mailbox: Mailbox }>({
  mailbox: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern; it needs none
    async ({}, use, workerInfo) => {
      const sink = await startSmtpSink(serverFor(workerInfo.parallelIndex).smtpPort);
      await use(sink);
      await sink.close();
    },
    { scope: 'worker' },
  ],
});
