import { instantOf, wallClock } from './business-hours.js';
import { SHIPPING_RATES, type Country, type ShippingMethod } from './shipping.js';

/**
 * When an order placed now leaves the warehouse and arrives ([PDP5]). Orders placed on a
 * business day (Mon–Fri) before 14:00 shop time are dispatched that day; any later, on the next
 * business day. Delivery takes the shipping method's business days (shared/shipping.ts) after
 * dispatch. Pure: `now` is an instant; days are calendar dates in the shop's zone (`YYYY-MM-DD`).
 */
export const SHOP_TIME_ZONE = 'America/New_York';
export const DISPATCH_CUTOFF_MINUTES = 14 * 60;
/** Dispatch days, 0 = Sunday. */
const DISPATCH_DAYS = new Set([1, 2, 3, 4, 5]);

const DAY = 86_400_000;
const MINUTE = 60_000;

export interface DeliveryWindow {
  from: string;
  to: string;
}

export interface DispatchEstimate {
  /** The date the order would leave the warehouse. */
  dispatchDate: string;
  /** Set when it would leave today: how long is left to order (ms) before the cut-off. */
  cutoffInMs: number | null;
  delivery: Record<ShippingMethod, DeliveryWindow>;
}

const isoDate = (wallDay: number) => new Date(wallDay).toISOString().slice(0, 10);
const isDispatchDay = (wallDay: number) => DISPATCH_DAYS.has(new Date(wallDay).getUTCDay());

function nextDispatchDay(wallDay: number): number {
  let day = wallDay + DAY;
  while (!isDispatchDay(day)) day += DAY;
  return day;
}

function addBusinessDays(wallDay: number, days: number): number {
  let day = wallDay;
  for (let left = days; left > 0; left--) day = nextDispatchDay(day);
  return day;
}

/** "3–5" (the policy's en dash) → [3, 5]; one number is both ends. */
export function dayRange(text: string): [number, number] {
  const [a, b = a] = text.split(/[–-]/).map((s) => Number.parseInt(s.trim(), 10));
  return [a!, b!];
}

export function dispatchEstimate(now: number, country: Country = 'US', zone = SHOP_TIME_ZONE): DispatchEstimate {
  const wall = wallClock(now, zone);
  const today = wall - (((wall % DAY) + DAY) % DAY);
  const cutoff = instantOf(today + DISPATCH_CUTOFF_MINUTES * MINUTE, zone);
  const sameDay = isDispatchDay(today) && now < cutoff;
  const dispatch = sameDay ? today : nextDispatchDay(today);
  const rate = SHIPPING_RATES[country];
  const window = (days: string): DeliveryWindow => {
    const [min, max] = dayRange(days);
    return { from: isoDate(addBusinessDays(dispatch, min)), to: isoDate(addBusinessDays(dispatch, max)) };
  };
  return {
    dispatchDate: isoDate(dispatch),
    cutoffInMs: sameDay ? cutoff - now : null,
    delivery: { standard: window(rate.standardDays), express: window(rate.expressDays) },
  };
}
