import { t } from '../../i18n/index.js';

/**
 * Durations as a figure reads them, rounded to its largest two units: "45 s", "4 min",
 * "1 h 12 min", "2 d 3 h" (staff read a median at a glance; seconds past a minute are noise).
 */
export function durationWords(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return t('staff.span.seconds', { s: seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('staff.span.minutes', { m: minutes });
  if (minutes < 24 * 60) return t('staff.span.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
  const hours = Math.round(minutes / 60);
  return t('staff.span.days', { d: Math.floor(hours / 24), h: hours % 24 });
}

/** A whole percentage of a count, or null when there is nothing to share out. */
export const percentOf = (count: number, of: number): number | null => (of > 0 ? Math.round((count / of) * 100) : null);
