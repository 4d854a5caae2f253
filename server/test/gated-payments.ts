import type { PaymentProvider } from '../ports.js';
import { createTestPaymentProvider } from '../features/payments/test-provider.js';

/** A promise and the function that settles it. */
function deferred() {
  let open!: () => void;
  const done = new Promise<void>((r) => (open = r));
  return { done, open };
}

/**
 * The built-in test provider whose charges and refunds wait "on the network" until the test
 * lets them go, so a test can act while one is in flight. Each gate holds every call while shut.
 */
export function gatedPaymentProvider() {
  const inner = createTestPaymentProvider();
  const gate = () => ({ shut: false, waiting: 0, ...deferred(), arrived: deferred() });
  const g = { charge: gate(), refund: gate() };
  const pass = async (which: 'charge' | 'refund') => {
    const current = g[which];
    if (!current.shut) return;
    current.waiting++;
    current.arrived.open();
    await current.done;
  };
  return {
    /** Hold every later call of this kind until `open(which)`. */
    shut(which: 'charge' | 'refund') {
      g[which] = { ...gate(), shut: true };
    },
    open: (which: 'charge' | 'refund') => g[which].open(),
    /** Calls held at the gate now. */
    waiting: (which: 'charge' | 'refund') => g[which].waiting,
    /** Resolves once a call has reached the shut gate. */
    arrived: (which: 'charge' | 'refund') => g[which].arrived.done,
    provider: {
      name: 'test-gated',
      async charge(request) {
        await pass('charge');
        return inner.charge(request);
      },
      async refund(id, amount) {
        await pass('refund');
        return inner.refund(id, amount);
      },
      findCharge: (key) => inner.findCharge(key),
    } satisfies PaymentProvider,
  };
}
