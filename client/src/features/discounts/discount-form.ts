import type { DiscountKind, StaffDiscount } from '../../../../shared/discounts.js';

/** The create form's text as typed: dollars and a date, as people write them. */
export interface DiscountFormText {
  code: string;
  kind: DiscountKind;
  value: string;
  minimum: string;
  expiry: string;
  limit: string;
}

const number = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));
const cents = (dollars: string) => {
  const n = number(dollars);
  return n === undefined || Number.isNaN(n) ? n : Math.round(n * 100);
};

/** The last moment of a "YYYY-MM-DD" day in this desk's time zone, in epoch ms. */
export function endOfDay(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999).getTime();
}

/**
 * What `staff:discount-create` takes, from the form's text: an amount and a minimum in dollars
 * become cents; empty optional fields are left out (no minimum, no expiry, no limit); what is not
 * a number stays one the shared schema refuses, so its words appear beside the field.
 */
export function toCreateInput(text: DiscountFormText): Record<string, unknown> {
  const input: Record<string, unknown> = {
    code: text.code,
    kind: text.kind,
    value: text.kind === 'amount' ? cents(text.value) : number(text.value),
  };
  if (text.minimum.trim() !== '') input.minOrderCents = cents(text.minimum);
  if (text.expiry !== '') input.expiresAt = endOfDay(text.expiry) ?? text.expiry;
  if (text.limit.trim() !== '') input.usageLimit = number(text.limit);
  return input;
}

export type DiscountState = 'active' | 'expired' | 'usedUp' | 'disabled';

/** What the list says of a code now (the server decides at checkout by the same rules). */
export function discountState(d: StaffDiscount, now: number): DiscountState {
  if (d.disabledAt !== null) return 'disabled';
  if (d.expiresAt !== null && d.expiresAt <= now) return 'expired';
  if (d.usageLimit !== null && d.usedCount >= d.usageLimit) return 'usedUp';
  return 'active';
}
