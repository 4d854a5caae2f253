import type { PaymentProvider } from '../ports.js';
import { createTestPaymentProvider } from '../features/payments/test-provider.js';

/**
 * The built-in test provider with a ledger: every successful charge with its amount and key,
 * every refund with its amount, and a gate that holds charges "on the network" while shut, so a
 * test can line several checkouts up at the charge and let them go together.
 */
export function paymentLedger() {
  const inner = createTestPaymentProvider();
  let gate: { shut: boolean; open: () => void; done: Promise<void>; waiting: number } = newGate(false);
  function newGate(shut: boolean) {
    let open!: () => void;
    const done = new Promise<void>((r) => (open = r));
    return { shut, open, done, waiting: 0 };
  }
  const ledger = {
    charges: [] as Array<{ chargeId: string; amountCents: number; key: string }>,
    refunds: [] as Array<{ chargeId: string; amountCents: number }>,
    /** Charges asked for (a replay of a key's charge counts again), successful or not. */
    asked: 0,
    reset() {
      ledger.charges.length = 0;
      ledger.refunds.length = 0;
      ledger.asked = 0;
      gate = newGate(false);
    },
    /** Hold every later charge until `release()`. */
    hold() {
      gate = newGate(true);
    },
    release: () => gate.open(),
    /** Charges waiting at the gate now. */
    waiting: () => gate.waiting,
    provider: {
      name: 'test-ledger',
      async charge(request) {
        ledger.asked++;
        const current = gate;
        if (current.shut) {
          current.waiting++;
          await current.done;
        }
        const result = await inner.charge(request);
        const known = result.ok && ledger.charges.some((c) => c.chargeId === result.chargeId);
        if (result.ok && !known)
          ledger.charges.push({
            chargeId: result.chargeId,
            amountCents: request.amountCents,
            key: request.idempotencyKey,
          });
        return result;
      },
      async refund(chargeId, amountCents) {
        ledger.refunds.push({ chargeId, amountCents });
        return inner.refund(chargeId, amountCents);
      },
      findCharge: (key) => inner.findCharge(key),
    } satisfies PaymentProvider,
  };
  return ledger;
}
