import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { DbLike } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import type { MailKind } from '../../../shared/mail.js';

/** A message ready to queue: rendered by a template (./templates/), addressed to one person. */
export interface OutgoingMail {
  /** One message per event, ever: `order-receipt:VX-…`, `password-reset:<token hash prefix>`. */
  eventId: string;
  kind: MailKind;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Carries a secret link (reset, verification): sealed while it waits, like every body cleared once sent. */
  secret?: boolean;
}

/** Queues mail in the caller's transaction, so the message commits (or not) with its event. */
export interface Outbox {
  /** false: this event's message was queued before (nothing changes). */
  queue(tx: DbLike, mail: OutgoingMail, now: number): boolean;
  /** The body of a row as written, unsealed (for the worker and the development viewer). */
  open(row: { html: string | null; text: string | null; sealed: boolean }): { html: string; text: string };
  /**
   * Called after a message was queued, on a later turn of the event loop: by then the caller's
   * synchronous transaction has committed (or rolled back, and the worker finds nothing). The
   * mail worker listens, so mail goes out at once instead of at its next poll.
   */
  onQueued(listener: () => void): void;
}

const SEAL_PREFIX = 'sealed:v1:';

export function createOutbox(serverSecret: string, domain = 'visionx.example'): Outbox {
  const key = Buffer.from(hkdfSync('sha256', serverSecret, 'visionx-outbox', 'outbox body', 32));
  const seal = (plain: string) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return SEAL_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  };
  const unseal = (sealed: string) => {
    const raw = Buffer.from(sealed.slice(SEAL_PREFIX.length), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  };
  const listeners: (() => void)[] = [];
  return {
    onQueued: (listener) => void listeners.push(listener),
    queue(tx, mail, now) {
      const secret = mail.secret === true;
      const inserted = tx
        .insert(outbox)
        .values({
          eventId: mail.eventId,
          kind: mail.kind,
          toAddress: mail.to,
          subject: mail.subject,
          html: secret ? seal(mail.html) : mail.html,
          text: secret ? seal(mail.text) : mail.text,
          sealed: secret,
          nextAttemptAt: now,
          messageId: `<${mail.eventId.replace(/[^A-Za-z0-9.:-]/g, '-')}@${domain}>`,
          createdAt: now,
        })
        .onConflictDoNothing({ target: outbox.eventId })
        .run();
      if (inserted.changes !== 1) return false;
      if (listeners.length)
        setImmediate(() => {
          for (const listener of listeners) listener();
        });
      return true;
    },
    open(row) {
      const read = (body: string | null) => (body === null ? '' : row.sealed ? unseal(body) : body);
      return { html: read(row.html), text: read(row.text) };
    },
  };
}
