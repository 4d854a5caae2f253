import { eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { testProviderCharges } from '../../db/schema.js';
import type { ChargeRequest, ChargeResult } from '../../ports.js';

/**
 * Where the test provider (the stand-in bank) remembers its answers by idempotency key. `keep`
 * records the first answer for a key and returns whichever answer is recorded, so two processes
 * racing on one key agree on one charge.
 */
export interface ChargeBook {
  find(idempotencyKey: string): ChargeResult | undefined;
  keep(request: ChargeRequest, result: ChargeResult, at: number): ChargeResult;
}

/** Retries come within minutes; the oldest answers are forgotten past this many. */
export const REMEMBERED_CHARGES = 10_000;

/** The app's book: a table in the shop's database file, shared by every process on it. */
export function tableChargeBook(db: Db, remembered = REMEMBERED_CHARGES): ChargeBook {
  const find = (idempotencyKey: string) =>
    // Written only by `keep` below, from a ChargeResult.
    db.select().from(testProviderCharges).where(eq(testProviderCharges.idempotencyKey, idempotencyKey)).get()?.result as
      | ChargeResult
      | undefined;
  return {
    find,
    keep(request, result, at) {
      const inserted = db
        .insert(testProviderCharges)
        .values({
          idempotencyKey: request.idempotencyKey,
          chargeId: result.ok ? result.chargeId : null,
          result,
          amountCents: request.amountCents,
          createdAt: at,
        })
        .onConflictDoNothing()
        .returning({ id: testProviderCharges.id })
        .get();
      if (!inserted) return find(request.idempotencyKey)!; // another process answered this key first
      db.delete(testProviderCharges)
        .where(lte(testProviderCharges.id, inserted.id - remembered))
        .run();
      return result;
    },
  };
}

/** A book in memory, for a provider used outside an app (unit tests of the card rules, test wrappers). */
export function memoryChargeBook(remembered = REMEMBERED_CHARGES): ChargeBook {
  const byKey = new Map<string, ChargeResult>();
  return {
    find: (idempotencyKey) => byKey.get(idempotencyKey),
    keep(request, result) {
      const earlier = byKey.get(request.idempotencyKey);
      if (earlier) return earlier;
      byKey.set(request.idempotencyKey, result);
      if (byKey.size > remembered) byKey.delete(byKey.keys().next().value!); // oldest first
      return result;
    },
  };
}
