import { Writable } from 'node:stream';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createLogger } from './log.js';

test('secrets of two-step sign-in are redacted if an object carrying them is ever logged', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write: (chunk, _enc, done) => {
      lines.push(String(chunk));
      done();
    },
  });
  const log = createLogger('info', sink as unknown as Parameters<typeof createLogger>[1]);
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  log.info(
    {
      secret,
      pendingToken: 'p'.repeat(43),
      body: { recoveryCodes: ['abcde-fghjk'], secret },
      err: { code: 'SQLITE_BUSY' },
    },
    'oops',
  );
  const out = lines.join('');
  for (const leaked of [secret, 'p'.repeat(43), 'abcde-fghjk']) assert.not.match(out, leaked);
  assert.match(out, '"secret":"[redacted]"');
  assert.match(out, '"code":"SQLITE_BUSY"', 'error codes stay readable');
  assert.match(out, '"msg":"oops"');
});

test.run();
