import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key a per-address limit counts under: an IPv4 address as it is (an IPv4-mapped IPv6 one
 * as its IPv4 address), an IPv6 address by its /64 prefix, since one subscriber commonly holds a
 * whole /64 and could otherwise take a fresh bucket for every request. Anything else (e.g.
 * 'unknown') is its own key.
 */
export function addressKey(address: string): string {
  const bare = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  const withoutZone = bare.replace(/%.*$/, '');
  if (!isIPv6(withoutZone)) return bare;
  return `${ipv6Groups(withoutZone).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  // A trailing dotted quad (e.g. 64:ff9b::192.0.2.1) is two groups.
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const hex = dotted
    ? address.slice(0, dotted.index) +
      [((+dotted[1]! << 8) | +dotted[2]!).toString(16), ((+dotted[3]! << 8) | +dotted[4]!).toString(16)].join(':')
    : address;
  const [head, tail] = hex.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16).toString(16));
}
