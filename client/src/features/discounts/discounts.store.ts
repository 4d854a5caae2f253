import { createSignal } from 'solid-js';
import type { DiscountCreateInput, StaffDiscount } from '../../../../shared/discounts.js';
import type { ClientResult } from '../../../../shared/result.js';
import { request, socket } from '../../lib/socket.js';

/**
 * The shop's discount codes on the desk (SPEC [DISC1]): loaded once, then kept by the server's
 * pushes (each change sends the whole list to every desk), and loaded again after a reconnect.
 */
const [list, setList] = createSignal<StaffDiscount[]>([]);
const [phase, setPhase] = createSignal<'idle' | 'loading' | 'ready' | 'failed'>('idle');
export { list as staffDiscounts, phase as staffDiscountsPhase };

async function load(): Promise<void> {
  setPhase('loading');
  const result = await request('staff:discount-list', {});
  if (result.ok) setList(result.data);
  setPhase(result.ok ? 'ready' : 'failed');
}

let listening = false;
/** Start following the list (idempotent). */
export function useStaffDiscounts(): void {
  if (listening) return;
  listening = true;
  socket.on('staff:discounts-changed', (discounts) => {
    setList(discounts);
    setPhase('ready');
  });
  socket.on('connect', () => void load());
  void load();
}

/** The ack's code is shown at once (newest first); the push then brings the whole list. */
const upsert = (code: StaffDiscount) => setList((all) => [code, ...all.filter((d) => d.code !== code.code)]);
const replace = (code: StaffDiscount) => setList((all) => all.map((d) => (d.code === code.code ? code : d)));

export async function createStaffDiscount(input: DiscountCreateInput): Promise<ClientResult<StaffDiscount>> {
  const result = await request('staff:discount-create', input);
  if (result.ok) upsert(result.data);
  return result;
}

export async function disableStaffDiscount(code: string): Promise<ClientResult<StaffDiscount>> {
  const result = await request('staff:discount-disable', { code });
  if (result.ok) replace(result.data);
  return result;
}
