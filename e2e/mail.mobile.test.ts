import { emailTranscript } from './mail-transcript-journey.js';
import { test } from './mailbox.js';

test.describe.configure({ timeout: 60_000 });

test('[MAIL7] at 375 px: the transcript form fits the chat panel and the mail arrives', async ({ page, mailbox }) => {
  await emailTranscript(page, mailbox);
});
