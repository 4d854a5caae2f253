import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../db/client.js';
import { testProviderCharges } from '../../db/schema.js';
import type { ChargeRequest, ChargeResult } from '../../ports.js';
import { memoryChargeBook, tableChargeBook, type ChargeBook } from './test-provider-book.js';

const request = (idempotencyKey: string): ChargeRequest => ({
  amountCents: 1200,
  currency: 'USD',
  card: { number: '4242424242424242', expMonth: 1, expYear: 2031, cvc: '123' },
  idempotencyKey,
});
const charged = (chargeId: string): ChargeResult => ({ ok: true, chargeId, brand: 'visa', last4: '4242' });

/** The same contract for both books; the table one over two connections, as two processes have. */
const books: [string, () => { book: ChargeBook; other: ChargeBook; done(): void }][] = [
  [
    'memory',
    () => {
      const book = memoryChargeBook(3);
      return { book, other: book, done: () => {} };
    },
  ],
  [
    'table',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'vx-book-'));
      const [a, b] = [openDatabase(join(dir, 'app.db')), openDatabase(join(dir, 'app.db'))];
      return {
        book: tableChargeBook(a, 3),
        other: tableChargeBook(b, 3),
        done() {
          a.$client.close();
          b.$client.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
];

for (const [name, open] of books) {
  const test = suite(`[SHAREDB3] the test provider's ${name} book`);

  test('the first answer for a key is kept; a later one for the same key gets the first back', () => {
    const { book, other, done } = open();
    assert.equal(book.keep(request('k1'), charged('ch_1'), 1), charged('ch_1'));
    assert.equal(
      other.keep(request('k1'), charged('ch_2'), 2),
      charged('ch_1'),
      'the race loser answers as the winner',
    );
    assert.equal(other.find('k1'), charged('ch_1'));
    assert.is(book.find('k2'), undefined);
    done();
  });

  test('refusals are remembered too', () => {
    const { book, other, done } = open();
    book.keep(request('k1'), { ok: false, reason: 'declined' }, 1);
    assert.equal(other.find('k1'), { ok: false, reason: 'declined' });
    done();
  });

  test('past the limit the oldest answers are forgotten', () => {
    const { book, other, done } = open();
    for (const i of [1, 2, 3, 4]) book.keep(request(`k${i}`), charged(`ch_${i}`), i);
    assert.equal(
      [1, 2, 3, 4].map((i) => other.find(`k${i}`)?.ok ?? null),
      [null, true, true, true],
    );
    done();
  });

  test.run();
}

const rows = suite('[SHAREDB3] the table book stores no card number');
rows('a charge row holds the key, the charge id, the amount and the answer only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vx-book-'));
  const db: Db = openDatabase(join(dir, 'app.db'));
  tableChargeBook(db).keep(request('k1'), charged('ch_1'), 5);
  const [row] = db.select().from(testProviderCharges).all();
  assert.equal(
    { ...row, id: 0 },
    {
      id: 0,
      idempotencyKey: 'k1',
      chargeId: 'ch_1',
      result: charged('ch_1'),
      amountCents: 1200,
      createdAt: 5,
    },
  );
  assert.not.match(JSON.stringify(row), '42424242');
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});
rows.run();
