import { desc, eq } from 'drizzle-orm';
import { Router, type Express, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { outbox } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { escapeHtml } from './mail-layout.js';
import type { OutboxRow } from './outbox-claims.js';

/**
 * The development mail viewer (docs/ARCHITECTURE.md §15, [MAIL8]): the outbox as a list and one
 * message at a time, bodies unsealed (it is the developer's own machine). createApp mounts it
 * only when NODE_ENV is not production (mountMailViewer). Server-rendered, every value escaped; the message's
 * HTML is shown in an iframe with `sandbox` (no scripts, an opaque origin) and `srcdoc`, under
 * the viewer's own policy: no script at all, inline styles (the mails are styled inline), and
 * nothing fetched but images.
 */
const VIEWER_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src * data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const e = (v: unknown) => escapeHtml(v === null || v === undefined ? '' : String(v));
const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().replace('T', ' ').slice(0, 19));

function page(res: Response, status: number, title: string, body: string): void {
  res
    .status(status)
    .set({
      'Content-Security-Policy': VIEWER_POLICY,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
    })
    .type('html')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(title)}</title><style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;padding:16px;color:#0b0c0e;max-width:1100px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #d9dde1;vertical-align:top;overflow-wrap:anywhere}
pre{white-space:pre-wrap;background:#f4f5f6;padding:12px;border-radius:8px}iframe{width:100%;height:70vh;border:1px solid #d9dde1;border-radius:8px}
.state-failed{color:#b42318;font-weight:600}.note{color:#3a3f45}a{color:#0b7a55}a:focus-visible{outline:3px solid #0b7a55;outline-offset:2px}
@media (max-width:600px){td:nth-child(5),th:nth-child(5){display:none}}
</style></head><body>${body}</body></html>`,
    );
}

function listPage(rows: OutboxRow[]): string {
  const items = rows
    .map(
      (
        r,
      ) => `<tr><td>${e(iso(r.createdAt))}</td><td>${e(r.toAddress)}</td><td><a href="/dev/mail/${r.id}">${e(r.subject)}</a></td>
<td class="state-${e(r.state)}">${e(r.state)}</td><td>${e(r.attempts)}</td></tr>`,
    )
    .join('');
  return `<h1>Outbox</h1><p class="note">Development only. Without SMTP_URL, mail waits here; with it, the worker sends it.</p>
<table><thead><tr><th>Queued (UTC)</th><th>To</th><th>Subject</th><th>State</th><th>Attempts</th></tr></thead><tbody>${
    items || '<tr><td colspan="5">No mail yet.</td></tr>'
  }</tbody></table>`;
}

function messagePage(ctx: AppContext, r: OutboxRow): string {
  const headers: [string, unknown][] = [
    ['From', ctx.config.MAIL_FROM],
    ['To', r.toAddress],
    ['Subject', r.subject],
    ['Message-ID', r.messageId],
    ['Kind', r.kind],
    ['Event', r.eventId],
    ['State', r.state],
    ['Attempts', r.attempts],
    ['Next attempt', iso(r.nextAttemptAt)],
    ['Sent', iso(r.sentAt)],
    ['Last error', r.lastError],
    ['Sealed while waiting', r.sealed ? 'yes' : 'no'],
  ];
  const cleared = r.html === null && r.text === null;
  const body = cleared ? null : ctx.outbox.open(r);
  return `<p><a href="/dev/mail">← All mail</a></p><h1>${e(r.subject)}</h1>
<table>${headers.map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join('')}</table>
${
  body
    ? `<h2>HTML</h2><iframe title="The message as HTML" sandbox srcdoc="${e(body.html)}"></iframe><h2>Plain text</h2><pre>${e(body.text)}</pre>`
    : '<p class="note">The body was cleared once sent; the headers above are the record.</p>'
}`;
}

/**
 * /dev/mail: the viewer outside production; in production a plain not_found, before the built
 * client's catch-all could answer it with the app's page.
 */
export function mountMailViewer(app: Express, ctx: AppContext): void {
  if (ctx.config.NODE_ENV === 'production') app.use('/dev/mail', (_req, _res, next) => next(new AppError('not_found')));
  else app.use('/dev/mail', mailViewer(ctx));
}

function mailViewer(ctx: AppContext): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    const rows = ctx.db.select().from(outbox).orderBy(desc(outbox.id)).limit(200).all();
    page(res, 200, 'Outbox', listPage(rows));
  });
  router.get('/:id', (req, res) => {
    const id = /^\d{1,12}$/.test(req.params.id) ? Number(req.params.id) : 0;
    const row = id ? ctx.db.select().from(outbox).where(eq(outbox.id, id)).get() : undefined;
    if (!row) return page(res, 404, 'Not found', '<p>No such message. <a href="/dev/mail">All mail</a></p>');
    page(res, 200, row.subject, messagePage(ctx, row));
  });
  return router;
}
