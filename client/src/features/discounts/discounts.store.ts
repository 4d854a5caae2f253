import { createSignal } from 'solid-js';
import type { DiscountCreateInput, StaffDiscount } from '../../../../shared/discounts.js';
import type { ClientResult } from '../../../../shared/result.js';
import { request, socket } from '../../lib/socket.js';

/**
 * The shop's discount codes on the desk (SPEC [DISC1]): loaded once, then kept by the server's
 * pushes (each change sends the whole list to every desk, this one included, before its ack),
 * and loaded again after a reconnect.
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

/*
 * An ack only confirms: the list comes from loads and pushes alone. The server pushes the list
 * before it answers (so this desk has its change first), and an ack's row applied after a newer
 * push (another desk's change, an order counting a use) would step the list back.
 */
export const createStaffDiscount = (input: DiscountCreateInput): Promise<ClientResult<StaffDiscount>> =>
  request('staff:discount-create', input);

export const disableStaffDiscount = (code: string): Promise<ClientResult<StaffDiscount>> =>
  request('staff:discount-disable', { code });
