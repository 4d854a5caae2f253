import { eq } from 'drizzle-orm';
import { addresses } from '../db/schema.js';
import type { AddressAddInput } from '../../shared/addresses.js';
import type { AddressInput } from '../../shared/checkout.js';
import { ok } from './ack.js';
import type { TestApp, TestSocket } from './harness.js';
import { userByEmail } from './helpers.js';

/** A valid address; `name` tells them apart in assertions. */
export const anAddress = (name: string, more: Partial<AddressInput> = {}): AddressInput => ({
  name,
  line1: '1 Market St',
  line2: '',
  city: 'San Francisco',
  region: 'CA',
  postalCode: '94105',
  country: 'US',
  ...more,
});

/** A registered shopper with two tabs (two sockets on one login session). */
export async function shopperWithTabs(app: TestApp) {
  const { cookie, email, password } = await app.register();
  const userId = userByEmail(app, email)!.id;
  return { cookie, email, password, userId, tab: await app.connect(cookie), other: await app.connect(cookie) };
}

export const addressRows = (app: TestApp, userId: number) =>
  app.ctx.db.select().from(addresses).where(eq(addresses.userId, userId)).orderBy(addresses.id).all();

/** Add an address and return the book the ack carried. */
export async function addAddress(socket: TestSocket, name: string, more: Partial<AddressAddInput> = {}) {
  return ok(await socket.emitWithAck('addresses:add', { address: anAddress(name), ...more }), `adding ${name}`);
}
