import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { addresses } from '../../db/schema.js';
import { addAddress, addressRows, anAddress, shopperWithTabs } from '../../test/address-helpers.js';
import { GOOD_PASSWORD, startTestApp, type TestApp } from '../../test/harness.js';
import { rowCount } from '../../test/helpers.js';

const test = suite<{ app: TestApp }>('addresses: in the data export, erased with the account');
test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

test('[BOOK7] the export lists every saved address (default first) without ids, and no one else’s', async ({ app }) => {
  const me = await shopperWithTabs(app);
  const stranger = await shopperWithTabs(app);
  await addAddress(me.tab, 'Home', { phone: '+1 415 555 0100' });
  app.clock.advance(1000);
  await addAddress(me.tab, 'Work', {
    address: anAddress('Work', { country: 'CA', region: 'ON', postalCode: 'k1a0b1', city: 'Ottawa' }),
    makeDefault: true,
  });
  await addAddress(stranger.tab, 'Not mine');
  const res = await app.api('/api/auth/export', { cookie: me.cookie });
  assert.is(res.status, 200);
  const data = (await res.json()) as { addresses: Array<Record<string, unknown>> };
  assert.equal(data.addresses, [
    {
      ...anAddress('Work', { country: 'CA', region: 'ON', postalCode: 'K1A 0B1', city: 'Ottawa' }),
      phone: '',
      isDefault: true,
      updatedAt: new Date(app.clock.now).toISOString(),
    },
    {
      ...anAddress('Home'),
      phone: '+1 415 555 0100',
      isDefault: false,
      updatedAt: new Date(app.clock.now - 1000).toISOString(),
    },
  ]);
});

test('[BOOK7] an account with no addresses exports an empty list', async ({ app }) => {
  const { cookie } = await app.register();
  const data = (await (await app.api('/api/auth/export', { cookie })).json()) as { addresses: unknown };
  assert.equal(data.addresses, []);
});

test('[BOOK7] deleting the account erases its addresses (and only its own)', async ({ app }) => {
  const me = await shopperWithTabs(app);
  const stranger = await shopperWithTabs(app);
  await addAddress(me.tab, 'Home');
  await addAddress(me.tab, 'Work');
  await addAddress(stranger.tab, 'Theirs');
  const total = rowCount(app, addresses);
  assert.is(addressRows(app, me.userId).length, 2);
  const res = await app.api('/api/auth/account', {
    method: 'DELETE',
    body: { password: GOOD_PASSWORD },
    cookie: me.cookie,
  });
  assert.is(res.status, 200);
  assert.equal(addressRows(app, me.userId), []);
  assert.is(rowCount(app, addresses), total - 2);
  assert.equal(
    addressRows(app, stranger.userId).map((r) => r.name),
    ['Theirs'],
  );
});

test.run();
