import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startChatApp } from '../../test/chat-helpers.js';
import { makeClientDir } from '../../test/client-dir.js';
import type { TestApp } from '../../test/harness.js';
import { outboxRow } from '../../test/mail-helpers.js';

const test = suite<{ app: TestApp }>('/dev/mail: the outbox for the developer, never in production');
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
});
test.after(async ({ app }) => app.stop());

function queue(app: TestApp, eventId: string, secret = false) {
  app.ctx.db.transaction((tx) =>
    app.ctx.outbox.queue(
      tx,
      {
        eventId,
        kind: 'staff_reply',
        to: 'eve"<b>@example.com',
        subject: 'Hi <script>alert(1)</script>',
        html: '<p onclick="x()">Body with "quotes" & <script>alert(2)</script></p>',
        text: 'Plain <text> with secret-link-123',
        secret,
      },
      app.clock.now,
    ),
  );
  return outboxRow(app.ctx.db, eventId)!;
}

test('[MAIL8] the list and a message: escaped, HTML in a sandboxed srcdoc frame, the viewer’s own strict policy', async ({
  app,
}) => {
  const row = queue(app, 'viewer-test:1', true);
  const list = await fetch(`${app.url}/dev/mail`);
  assert.is(list.status, 200);
  const csp = list.headers.get('content-security-policy') ?? '';
  assert.match(csp, "default-src 'none'");
  assert.not.match(csp, 'script-src');
  assert.is(list.headers.get('cache-control'), 'no-store');
  const listed = await list.text();
  assert.not.match(listed, '<script>');
  assert.match(listed, 'Hi &#60;script&#62;alert(1)&#60;/script&#62;');
  assert.match(listed, `href="/dev/mail/${row.id}"`);
  assert.match(listed, '>pending<');

  const one = await fetch(`${app.url}/dev/mail/${row.id}`);
  assert.is(one.status, 200);
  const page = await one.text();
  assert.not.match(page, '<script>');
  assert.not.match(page, '<p onclick');
  const frame = /<iframe title="[^"]+" sandbox srcdoc="([^"]*)"><\/iframe>/.exec(page);
  assert.ok(frame, 'an iframe with an empty sandbox (no scripts, opaque origin) and srcdoc');
  assert.match(frame![1]!, '&#60;p onclick=&#34;x()&#34;&#62;', 'the HTML, escaped into the attribute');
  assert.match(page, 'Plain &#60;text&#62; with secret-link-123', 'sealed body shown unsealed to the developer');
  assert.match(
    page,
    row.messageId.replace(/[<>]/g, (c) => `&#${c.charCodeAt(0)};`),
  );
});

test('[MAIL8] an unknown or malformed id is a 404 page; a sent message shows only its headers', async ({ app }) => {
  assert.is((await fetch(`${app.url}/dev/mail/999999`)).status, 404);
  assert.is((await fetch(`${app.url}/dev/mail/1%20or%201=1`)).status, 404);
  const row = queue(app, 'viewer-test:2');
  app.ctx.db.$client.prepare(`update outbox set state = 'sent', html = null, text = null where id = ?`).run(row.id);
  const page = await (await fetch(`${app.url}/dev/mail/${row.id}`)).text();
  assert.not.match(page, '<iframe');
  assert.match(page, 'cleared once sent');
});

test('[MAIL8] production has no viewer: /dev/mail is not found (not even the app’s page)', async () => {
  const client = makeClientDir();
  const { app } = await startChatApp(
    { NODE_ENV: 'production', BCRYPT_COST: '10', SESSION_SECRET: 'x'.repeat(32) },
    { clientDir: client.dir },
  );
  try {
    assert.is((await fetch(`${app.url}/about`)).status, 200, 'client routes still get the app');
    for (const path of ['/dev/mail', '/dev/mail/1']) {
      const res = await fetch(`${app.url}${path}`);
      assert.is(res.status, 404, path);
      assert.not.match(await res.text(), 'Outbox');
    }
  } finally {
    await app.stop();
    client.remove();
  }
});

test.run();
