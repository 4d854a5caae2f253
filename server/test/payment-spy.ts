import type { PaymentProvider } from '../ports.js';
import { createTestPaymentProvider } from '../features/payments/test-provider.js';

/**
 * The built-in test provider, watched: what was charged and refunded, and a hook that runs
 * while a charge is "on the network", so a test can act in that window. `reset()` between tests.
 */
export function spyPaymentProvider() {
  const inner = createTestPaymentProvider();
  const spy = {
    attempts: 0,
    charged: new Set<string>(),
    refunded: new Set<string>(),
    duringCharge: null as null | (() => void),
    /** Refunds answer { ok: false } while set (a provider outage). */
    failRefunds: false,
    reset() {
      spy.failRefunds = false;
      spy.attempts = 0;
      spy.charged.clear();
      spy.refunded.clear();
      spy.duringCharge = null;
    },
    provider: {
      name: 'test-spied',
      async charge(request) {
        spy.attempts++;
        spy.duringCharge?.();
        const result = await inner.charge(request);
        if (result.ok) spy.charged.add(result.chargeId);
        return result;
      },
      async refund(id, amount) {
        if (spy.failRefunds) return { ok: false };
        spy.refunded.add(id);
        return inner.refund(id, amount);
      },
      findCharge: (key) => inner.findCharge(key),
    } satisfies PaymentProvider,
  };
  return spy;
}
