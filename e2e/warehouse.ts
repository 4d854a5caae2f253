import type { Browser } from '@playwright/test';
import type { OrderStatus } from '../shared/order-status.js';
import { test as base } from './fixtures.js';
import { ShopperSocket } from './place-order.js';
import { serverFor } from './servers.js';
import { createStaffAccount, signInStaff, type StaffAccount } from './staff-account.js';

/**
 * The warehouse, under the journey's control. The journeys' servers run without the demo's
 * fulfilment simulator (FULFILMENT_STEP_MS=0 in playwright.config.ts: its steps come on the wall
 * clock, so how far an order had moved depended on how fast the machine ran the journey). A
 * journey moves an order itself, the way staff do: `await warehouse.move(number, 'packed')`.
 * Staff see an order only through its shopper's conversation (least privilege, ARCHITECTURE §7),
 * so the shopper has written to support first (`ShopperSocket.askSupport`); the desk's search
 * for the number shows the order, and the move follows. The simulator itself is tested on a
 * controlled clock (server/features/orders).
 */
export class Warehouse {
  constructor(
    private readonly browser: Browser,
    private readonly baseURL: string,
    private readonly staff: StaffAccount,
  ) {}

  /** Moves the order through each status in turn, as a staff member, over a socket of its own. */
  async move(number: string, ...statuses: OrderStatus[]): Promise<void> {
    const context = await this.browser.newContext({ baseURL: this.baseURL });
    try {
      await signInStaff(context, this.staff);
      const socket = await ShopperSocket.open(context, this.baseURL);
      try {
        const found = await socket.request('staff:search', { q: number });
        if (found.hits.length === 0)
          throw new Error(`the desk cannot see ${number}: has its shopper written to support?`);
        for (const to of statuses) await socket.request('staff:order-move', { number, to });
      } finally {
        socket.close();
      }
    } finally {
      await context.close();
    }
  }
}

/** `warehouse`: one staff account per worker, made once, signed in afresh for each move. */
export const test = base.extend<{ warehouse: Warehouse }, { warehouseStaff: StaffAccount }>({
  warehouseStaff: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern; it needs none
    async ({}, use, workerInfo) => use(createStaffAccount('Sam Warehouse', workerInfo.parallelIndex)),
    { scope: 'worker' },
  ],
  warehouse: async ({ browser, warehouseStaff }, use, testInfo) =>
    use(new Warehouse(browser, serverFor(testInfo.parallelIndex).url, warehouseStaff)),
});

export { expect } from './fixtures.js';
