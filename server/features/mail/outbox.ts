import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { outbox } from '../../db/schema.js';
import type { OutgoingMail, Outbox } from '../../ports.js';

export type { OutgoingMail, Outbox };

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
