import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { outbox } from '../db/schema.js';
import { createMailWorker, type MailWorker } from '../features/mail/mail-worker.js';
import { createSmtpTransport } from '../features/mail/mail-transport.js';
import type { Outbox } from '../features/mail/outbox.js';
import { createLogger } from '../log.js';

export const MAIL_FROM = 'VisionX <shop@visionx.example>';

/** A mail worker on this database and clock, sending to `smtpUrl` (the app's own worker starts only in start(app)). */
export function testMailWorker(
  deps: { db: Db; outbox: Outbox; now: () => number },
  smtpUrl: string,
): MailWorker & { close(): void } {
  const transport = createSmtpTransport(smtpUrl);
  const worker = createMailWorker({ ...deps, log: createLogger('silent'), transport, from: MAIL_FROM });
  return { ...worker, close: () => transport.close() };
}

export const outboxRows = (db: Db) => db.select().from(outbox).orderBy(outbox.id).all();
export const outboxRow = (db: Db, eventId: string) => db.select().from(outbox).where(eq(outbox.eventId, eventId)).get();
