/**
 * Business hours and the response-time clock of the desk (docs/SPEC.md [DUE1]–[DUE3]): only
 * minutes inside business hours count towards a reply's due time. Pure; times are real instants
 * (ms), the hours are the desk's wall clock in an IANA zone, read through Intl (no timezone
 * library), so a change of summer time is whatever the zone says it is.
 *
 * The format (`DESK_BUSINESS_HOURS`): entries separated by commas, each a day or a range of days
 * and one span of wall-clock time, e.g. `Mon-Fri 09:00-18:00,Sat 10:00-14:00`. A day may have
 * several spans (`Mon-Fri 09:00-12:00,Mon-Fri 13:00-17:00`); `24:00` ends a day.
 */

export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** Per weekday (0 = Sunday), sorted spans of minutes since local midnight, end excluded. */
export type BusinessHours = readonly (readonly (readonly [start: number, end: number])[])[];

const ENTRY = /^([A-Za-z]{3})(?:-([A-Za-z]{3}))?\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;
/** The order a range walks: Mon-Sun (a range may wrap, e.g. Sat-Mon). */
const dayIndex = (name: string) => WEEKDAYS.findIndex((d) => d.toLowerCase() === name.toLowerCase());

/** The schedule, or why it is refused (words for an operator reading a start-up error). */
export function parseBusinessHours(text: string): BusinessHours | string {
  const days: [number, number][][] = WEEKDAYS.map(() => []);
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    const m = ENTRY.exec(entry);
    if (!m) return `has "${entry}", expected e.g. "Mon-Fri 09:00-18:00"`;
    const [from, to] = [dayIndex(m[1]!), dayIndex(m[2] ?? m[1]!)];
    if (from < 0 || to < 0) return `has an unknown day in "${entry}" (use ${WEEKDAYS.join(', ')})`;
    const [sh, sm, eh, em] = [m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number];
    const [start, end] = [sh * 60 + sm, eh * 60 + em];
    if (sh > 23 || sm > 59 || em > 59 || end > 24 * 60) return `has a time that does not exist in "${entry}"`;
    if (start >= end) return `has a span that ends before it starts in "${entry}" (split a night across two days)`;
    for (let d = from; ; d = (d + 1) % 7) {
      days[d]!.push([start, end]);
      if (d === to) break;
    }
  }
  const merged = days.map(mergeSpans);
  if (merged.every((d) => d.length === 0)) return 'must include some business hours';
  return merged;
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Is this an IANA zone this runtime knows? */
export function isTimeZone(zone: string): boolean {
  try {
    formatterOf(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in the zone at an instant, as if it were UTC (ms). */
export function wallClock(at: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterOf(zone).formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

const offsetAt = (at: number, zone: string) => wallClock(at, zone) - at;

/**
 * The instant the zone's clock shows `wall` (a wall-clock time written as UTC ms). A zone changes
 * its offset at most once in a day, so the offsets 12 hours either side are the only candidates.
 * A wall time that happens twice (clocks go back) is its first; one that never happens (clocks go
 * forward) is read with the offset before the gap, so it lands after it.
 */
export function instantOf(wall: number, zone: string): number {
  const before = wall - offsetAt(wall - DAY / 2, zone);
  const after = wall - offsetAt(wall + DAY / 2, zone);
  if (before === after) return before; // no change of offset near: most days
  const valid = [before, after].filter((c) => wallClock(c, zone) === wall);
  return valid.length > 0 ? Math.min(...valid) : before;
}

/**
 * When a reply owed since `since` is due: `minutes` of business time later. Time outside the
 * hours does not count: a message on Friday 17:50 with 15 minutes is due on Monday 09:05, one on
 * Sunday on Monday 09:15. `hours` must hold some time (the config refuses a schedule without).
 */
export function dueAt(since: number, minutes: number, hours: BusinessHours, zone: string): number {
  let remaining = minutes * MINUTE;
  const local = wallClock(since, zone);
  const firstDay = local - (((local % DAY) + DAY) % DAY);
  // A week holds business time, so this ends; the bound only guards against a bad schedule.
  for (let day = firstDay, n = 0; n < 7 * (2 + Math.ceil(minutes / (24 * 60))); day += DAY, n++) {
    for (const [start, end] of spansOf(day, hours, zone)) {
      const from = Math.max(since, start);
      if (from >= end) continue;
      if (remaining <= end - from) return from + remaining;
      remaining -= end - from;
    }
  }
  throw new Error('business hours hold no time');
}

/**
 * A day's business spans as instants. Remembered per schedule, zone and day: the overview asks
 * for the due time of every row that owes a reply, and they fall on the same few days.
 */
const spanCache = new WeakMap<BusinessHours, Map<string, (readonly [number, number])[]>>();
function spansOf(day: number, hours: BusinessHours, zone: string): (readonly [number, number])[] {
  let cache = spanCache.get(hours);
  if (!cache) {
    cache = new Map();
    spanCache.set(hours, cache);
  }
  const key = `${zone} ${day}`;
  let spans = cache.get(key);
  if (!spans) {
    if (cache.size >= 1000) cache.clear();
    spans = (hours[new Date(day).getUTCDay()] ?? []).map(
      ([start, end]) => [instantOf(day + start * MINUTE, zone), instantOf(day + end * MINUTE, zone)] as const,
    );
    cache.set(key, spans);
  }
  return spans;
}
