import { and, desc, eq } from 'drizzle-orm';
import * as assert from 'uvu/assert';
import { outbox } from '../db/schema.js';
import type { MailKind } from '../../shared/mail.js';
import type { TestApp } from './harness.js';

/** "Forgot password?" looks the address up after answering (ADR 025): this waits for that work. */
export const afterAnswer = () => new Promise<void>((resolve) => setImmediate(resolve));

export const mailsTo = (app: TestApp, to: string, kind?: MailKind) =>
  app.ctx.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.toAddress, to), kind ? eq(outbox.kind, kind) : undefined))
    .orderBy(desc(outbox.id))
    .all();

/** The token in the link of the newest `kind` email to `to`, read as the worker would (unsealed). */
export function linkTokenIn(app: TestApp, to: string, kind: MailKind, page: string): string {
  const [row] = mailsTo(app, to, kind);
  assert.ok(row, `no ${kind} email to ${to}`);
  const { text, html } = app.ctx.outbox.open(row!);
  const pattern = new RegExp(`${app.ctx.config.PUBLIC_URL}/${page}#token=([A-Za-z0-9_-]{43})`);
  const token = pattern.exec(text)?.[1];
  assert.ok(token, `no ${page} link in ${text}`);
  assert.ok(html.includes(`#token=${token}`), 'the HTML carries the same link');
  return token!;
}
