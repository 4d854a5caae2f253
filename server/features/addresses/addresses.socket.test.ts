import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AddressBook } from '../../../shared/addresses.js';
import { addresses } from '../../db/schema.js';
import { ok } from '../../test/ack.js';
import { addAddress, addressRows, anAddress, shopperWithTabs } from '../../test/address-helpers.js';
import { nextEvent, startTestApp, type TestApp, type TestSocket } from '../../test/harness.js';
import { recordEvents, rowCount, signInStaff } from '../../test/helpers.js';

const test = suite<{ app: TestApp }>('addresses: a signed-in shopper’s address book, live in every tab');
test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000)); // refill rate-limit buckets

const names = (book: AddressBook) => book.map((a) => `${a.name}${a.isDefault ? '*' : ''}`);
/**
 * A round trip on this socket: the server sends a push before the ack of a request made after
 * it, so every push of an earlier change has arrived once this resolves.
 */
const flush = async (socket: TestSocket) => void ok(await socket.emitWithAck('addresses:list', {}));
const pushesOf = (seen: Array<[string, unknown]>) => seen.filter(([e]) => e === 'addresses:changed');

test('[BOOK1] a guest is told to sign in, for every address event, and nothing is stored', async ({ app }) => {
  const guest = await app.connect(await app.guestCookie());
  const before = rowCount(app, addresses);
  for (const [event, payload] of [
    ['addresses:list', {}],
    ['addresses:add', { address: anAddress('Guest') }],
    ['addresses:update', { id: 1, address: anAddress('Guest') }],
    ['addresses:delete', { id: 1 }],
    ['addresses:set-default', { id: 1 }],
  ] as const) {
    const res = await (guest.emitWithAck as (e: string, p: unknown) => Promise<unknown>)(event, payload);
    assert.equal(res, { ok: false, error: { code: 'unauthorized', reason: 'sign_in_first' } }, event);
  }
  assert.is(rowCount(app, addresses), before);
});

test('[BOOK2][BOOK3][BOOK6] add: the first is the default, postal code normalised, pushed to the other tab and to no one else', async ({
  app,
}) => {
  const me = await shopperWithTabs(app);
  const stranger = await shopperWithTabs(app);
  const strangerSeen = recordEvents(stranger.tab);
  const pushed = nextEvent<AddressBook>(me.other, 'addresses:changed');
  const book = ok(
    await me.tab.emitWithAck('addresses:add', {
      address: anAddress('Home', { country: 'GB', region: '', postalCode: 'sw1a1aa', city: 'London' }),
      phone: ' +44 20 7946 0000 ',
    }),
  );
  assert.is(book.length, 1);
  assert.equal(
    { ...book[0], id: 0, updatedAt: '' },
    {
      ...anAddress('Home', { country: 'GB', region: '', postalCode: 'SW1A 1AA', city: 'London' }),
      id: 0,
      phone: '+44 20 7946 0000',
      isDefault: true,
      updatedAt: '',
    },
  );
  assert.is(book[0]!.updatedAt, new Date(app.clock.now).toISOString());
  assert.equal(await pushed, book, 'the other tab got the whole book');
  const rows = addressRows(app, me.userId);
  assert.equal(
    rows.map((r) => [r.id, r.postalCode, r.phone, r.isDefault, r.createdAt]),
    [[book[0]!.id, 'SW1A 1AA', '+44 20 7946 0000', true, app.clock.now]],
  );
  await flush(stranger.tab);
  assert.equal(pushesOf(strangerSeen), [], 'another user is told nothing');
});

test('[BOOK3][BOOK6] a second address is not the default unless asked; makeDefault moves it; the book lists the default first', async ({
  app,
}) => {
  const me = await shopperWithTabs(app);
  await addAddress(me.tab, 'Home');
  app.clock.advance(1000);
  assert.equal(names(await addAddress(me.tab, 'Work')), ['Home*', 'Work']);
  app.clock.advance(1000);
  await flush(me.other);
  const pushed = nextEvent<AddressBook>(me.other, 'addresses:changed');
  const book = await addAddress(me.tab, 'Cottage', { makeDefault: true });
  assert.equal(names(book), ['Cottage*', 'Work', 'Home']);
  assert.equal(await pushed, book);
  assert.equal(ok(await me.other.emitWithAck('addresses:list', {})), book);
  assert.equal(
    addressRows(app, me.userId).map((r) => [r.name, r.isDefault]),
    [
      ['Home', false],
      ['Work', false],
      ['Cottage', true],
    ],
  );
});

test('[BOOK1][BOOK6] update: acked, pushed and stored; another user’s id is not_found and changes nothing', async ({
  app,
}) => {
  const me = await shopperWithTabs(app);
  const stranger = await shopperWithTabs(app);
  const [home] = await addAddress(me.tab, 'Home');
  const [theirs] = await addAddress(stranger.tab, 'Theirs');
  app.clock.advance(5000);
  await flush(me.other);
  const pushed = nextEvent<AddressBook>(me.other, 'addresses:changed');
  const book = ok(
    await me.tab.emitWithAck('addresses:update', {
      id: home!.id,
      address: anAddress('Home', { line1: '2 Mission St', postalCode: '94105-1234' }),
      phone: '',
    }),
  );
  assert.equal(await pushed, book);
  assert.equal([book[0]!.line1, book[0]!.postalCode, book[0]!.isDefault], ['2 Mission St', '94105-1234', true]);
  assert.is(addressRows(app, me.userId)[0]!.updatedAt, app.clock.now);

  await Promise.all([flush(me.other), flush(stranger.other)]);
  const mine = recordEvents(me.other);
  const theirSeen = recordEvents(stranger.other);
  for (const [event, payload] of [
    ['addresses:update', { id: theirs!.id, address: anAddress('Stolen') }],
    ['addresses:delete', { id: theirs!.id }],
    ['addresses:set-default', { id: theirs!.id }],
    ['addresses:update', { id: 999_999, address: anAddress('Nobody') }],
  ] as const) {
    const res = await (me.tab.emitWithAck as (e: string, p: unknown) => Promise<unknown>)(event, payload);
    assert.equal(res, { ok: false, error: { code: 'not_found', reason: 'address_not_found' } }, event);
  }
  assert.equal(
    addressRows(app, stranger.userId).map((r) => [r.name, r.isDefault]),
    [['Theirs', true]],
  );
  await Promise.all([flush(me.other), flush(stranger.other)]);
  assert.equal([pushesOf(mine), pushesOf(theirSeen)], [[], []], 'a refused change is pushed to no one');
});

test('[BOOK4] deleting the default makes the most recently edited one the default; the last one leaves none', async ({
  app,
}) => {
  const me = await shopperWithTabs(app);
  const [home] = await addAddress(me.tab, 'Home');
  app.clock.advance(1000);
  const work = (await addAddress(me.tab, 'Work')).find((a) => a.name === 'Work')!;
  app.clock.advance(1000);
  const cottage = (await addAddress(me.tab, 'Cottage')).find((a) => a.name === 'Cottage')!;
  app.clock.advance(1000);
  ok(await me.tab.emitWithAck('addresses:update', { id: work.id, address: anAddress('Work'), phone: '' }));

  const notDefault = ok(await me.tab.emitWithAck('addresses:delete', { id: cottage.id }));
  assert.equal(names(notDefault), ['Home*', 'Work'], 'deleting another leaves the default alone');
  await flush(me.other);
  const pushed = nextEvent<AddressBook>(me.other, 'addresses:changed');
  const promoted = ok(await me.tab.emitWithAck('addresses:delete', { id: home!.id }));
  assert.equal(names(promoted), ['Work*']);
  assert.equal(await pushed, promoted);
  assert.equal(ok(await me.tab.emitWithAck('addresses:delete', { id: work.id })), []);
  assert.equal(addressRows(app, me.userId), []);
  const again = await me.tab.emitWithAck('addresses:delete', { id: work.id });
  assert.equal(again, { ok: false, error: { code: 'not_found', reason: 'address_not_found' } });
});

test('[BOOK5] set-default: exactly one default after every move; a refused one keeps the old default', async ({
  app,
}) => {
  const me = await shopperWithTabs(app);
  const stranger = await shopperWithTabs(app);
  await addAddress(me.tab, 'A');
  await addAddress(me.tab, 'B');
  const book = await addAddress(me.tab, 'C');
  const [theirs] = await addAddress(stranger.tab, 'Theirs');
  for (const target of [...book, ...book].reverse()) {
    await flush(me.other);
    const pushed = nextEvent<AddressBook>(me.other, 'addresses:changed');
    const after = ok(await me.tab.emitWithAck('addresses:set-default', { id: target.id }));
    assert.equal(await pushed, after);
    assert.is(after[0]!.id, target.id, 'the default is listed first');
    const defaults = addressRows(app, me.userId).filter((r) => r.isDefault);
    assert.equal(
      defaults.map((r) => r.id),
      [target.id],
    );
  }
  const current = addressRows(app, me.userId).find((r) => r.isDefault)!.id;
  const refused = await me.tab.emitWithAck('addresses:set-default', { id: theirs!.id });
  assert.ok(!refused.ok && refused.error.code === 'not_found');
  assert.equal(
    addressRows(app, me.userId)
      .filter((r) => r.isDefault)
      .map((r) => r.id),
    [current],
    'the old default was cleared and put back (one transaction)',
  );
  assert.equal(
    addressRows(app, stranger.userId).map((r) => r.isDefault),
    [true],
  );
});

test('[BOOK2] at most 20 addresses: the 21st is a conflict naming the limit and stores nothing', async ({ app }) => {
  const me = await shopperWithTabs(app);
  for (let i = 1; i <= 20; i++) {
    if (i % 10 === 0) app.clock.advance(60_000); // the per-session request bucket
    await addAddress(me.tab, `Address ${i}`);
  }
  await flush(me.other);
  const seen = recordEvents(me.other);
  const res = await me.tab.emitWithAck('addresses:add', { address: anAddress('One too many') });
  assert.equal(res, {
    ok: false,
    error: { code: 'conflict', reason: 'address_book_full', params: { maximum: 20 } },
  });
  assert.is(addressRows(app, me.userId).length, 20);
  await flush(me.other);
  assert.equal(pushesOf(seen), []);
  const [first] = ok(await me.tab.emitWithAck('addresses:list', {}));
  ok(await me.tab.emitWithAck('addresses:delete', { id: first!.id }));
  assert.is((await addAddress(me.tab, 'Room again')).length, 20, 'a deleted one makes room');
});

test('[BOOK1] staff keep an address book like any signed-in account', async ({ app }) => {
  const staff = await app.connect((await signInStaff(app)).cookie);
  assert.equal(names(await addAddress(staff, 'Desk')), ['Desk*']);
});

const valid = { address: anAddress('Home'), phone: '+1 415 555 0100' };
const NEGATIVE: Array<[string, string, unknown, Record<string, string>]> = [
  ['list with a key', 'addresses:list', { all: true }, { all: 'not_allowed' }],
  ['add without an address', 'addresses:add', { phone: '' }, { address: 'required' }],
  ['add, empty name', 'addresses:add', { address: anAddress('  ') }, { 'address.name': 'required' }],
  ['add, name too long', 'addresses:add', { address: anAddress('x'.repeat(81)) }, { 'address.name': 'too_long' }],
  ['add, no street', 'addresses:add', { address: { ...anAddress('A'), line1: '' } }, { 'address.line1': 'required' }],
  [
    'add, postal code of another country',
    'addresses:add',
    { address: anAddress('A', { country: 'DE', postalCode: 'SW1A 1AA', region: '' }) },
    { 'address.postalCode': 'postal_code' },
  ],
  [
    'add, US state not letters',
    'addresses:add',
    { address: anAddress('A', { region: '12' }) },
    { 'address.region': 'region_letters' },
  ],
  [
    'add, unknown country',
    'addresses:add',
    { address: anAddress('A', { country: 'XX' as 'US' }) },
    { 'address.country': 'invalid_choice' },
  ],
  [
    'add, unknown address key',
    'addresses:add',
    { address: { ...anAddress('A'), floor: 3 } },
    { 'address.floor': 'not_allowed' },
  ],
  ['add, bad phone', 'addresses:add', { ...valid, phone: 'call me' }, { phone: 'invalid_format' }],
  ['add, phone not text', 'addresses:add', { ...valid, phone: 4155550100 }, { phone: 'required' }],
  ['add, makeDefault not a boolean', 'addresses:add', { ...valid, makeDefault: 'yes' }, { makeDefault: 'required' }],
  ['add, an id of its own', 'addresses:add', { ...valid, id: 1 }, { id: 'not_allowed' }],
  ['update without an id', 'addresses:update', valid, { id: 'required' }],
  ['update, id zero', 'addresses:update', { ...valid, id: 0 }, { id: 'too_small' }],
  ['update, id not whole', 'addresses:update', { ...valid, id: 1.5 }, { id: 'not_integer' }],
  [
    'update, makeDefault is not its business',
    'addresses:update',
    { ...valid, id: 1, makeDefault: true },
    { makeDefault: 'not_allowed' },
  ],
  ['delete, id as text', 'addresses:delete', { id: '1' }, { id: 'required' }],
  ['delete, negative id', 'addresses:delete', { id: -1 }, { id: 'too_small' }],
  ['delete, extra key', 'addresses:delete', { id: 1, all: true }, { all: 'not_allowed' }],
  ['set-default without an id', 'addresses:set-default', {}, { id: 'required' }],
  ['set-default, null id', 'addresses:set-default', { id: null }, { id: 'required' }],
];

for (const [name, event, payload, fields] of NEGATIVE) {
  test(`[BOOK2] refused: ${name} → bad_request with its field codes, nothing stored or pushed`, async ({ app }) => {
    const me = await shopperWithTabs(app);
    await addAddress(me.tab, 'Home');
    await flush(me.other);
    const before = addressRows(app, me.userId);
    app.clock.advance(1000);
    const seen = recordEvents(me.other);
    const res = await (me.tab.emitWithAck as (e: string, p: unknown) => Promise<unknown>)(event, payload);
    const error = (res as { ok: false; error: { code: string; fields?: Record<string, { code: string }> } }).error;
    assert.is(error?.code, 'bad_request', JSON.stringify(res));
    assert.equal(
      Object.fromEntries(Object.entries(error.fields ?? {}).map(([k, v]) => [k, v.code])),
      fields,
      JSON.stringify(res),
    );
    assert.equal(addressRows(app, me.userId), before);
    await flush(me.other);
    assert.equal(pushesOf(seen), []);
  });
}

test.run();
