import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createApp } from '../../app.js';
import { openDatabase } from '../../db/client.js';
import { createLogger } from '../../log.js';
import { start } from '../../start.js';
import { startChatApp } from '../../test/chat-helpers.js';
import { outboxRow, testMailWorker } from '../../test/mail-helpers.js';
import { placeOrder } from '../../test/shop-helpers.js';
import { startSmtpSink } from '../../test/smtp-sink.js';

const test = suite('mail across a restart: a commit before the crash is sent after it, once');

test('[MAIL1] receipt committed, process gone before any send; the next app on the same file sends it exactly once', async () => {
  const sink = await startSmtpSink();
  // The first process: no SMTP at all (as if it died right after the commit).
  const { app: first } = await startChatApp();
  const order = await placeOrder(first, await first.connect(await first.guestCookie()));
  const eventId = `order-receipt:${order.number}`;
  assert.is(outboxRow(first.ctx.db, eventId)!.state, 'pending');
  await first.close();
  first.ctx.db.$client.close();

  // The next process on the same file, with SMTP: start(app) sends what waited.
  const db = openDatabase(first.dbFile);
  const lines: string[] = [];
  let markedSent!: () => void;
  const sent = new Promise<void>((resolve) => (markedSent = resolve));
  const log = createLogger('info', {
    write(line: string) {
      lines.push(line);
      if (line.includes('"mail sent"')) markedSent();
    },
  });
  const second = createApp({ ...first.ctx, db, log, config: { ...first.ctx.config, SMTP_URL: sink.url } });
  start(second);
  try {
    const mail = await sink.waitForMail('ada@example.com', order.number);
    assert.is(mail.messageId, outboxRow(db, eventId)!.messageId);
    await sent;
    assert.not.match(lines.join(''), 'ada@example.com', 'no address in the log');
    // Whoever runs next finds nothing to send.
    const next = testMailWorker({ db, outbox: second.ctx.outbox, now: Date.now }, sink.url);
    assert.is(await next.runOnce(), 0);
    next.close();
    assert.is(sink.received.filter((r) => r.mail.subject?.includes(order.number)).length, 1);
    assert.is(outboxRow(db, eventId)!.state, 'sent');
  } finally {
    await second.close();
    db.$client.close();
    await sink.close();
    rmSync(dirname(first.dbFile), { recursive: true, force: true });
  }
});

test.run();
