import { randomInt } from 'node:crypto';

// No look-alikes (0/O, 1/l/I): these are read off a screen or paper and typed in by hand.
export const READABLE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUP_LENGTH = 5;

/** `groups` groups of five random characters from 31 (≈ 4.95 bits each), joined by hyphens: `k7mqe-x2hfa`. */
export function readableCode(groups: number): string {
  const group = () =>
    Array.from({ length: GROUP_LENGTH }, () => READABLE_ALPHABET[randomInt(READABLE_ALPHABET.length)]).join('');
  return Array.from({ length: groups }, group).join('-');
}
