/**
 * Malformed requests for the socket fuzz test: fixed shapes, so a failure replays exactly.
 * Each shape turns an event's template (fuzz-templates.ts) into the arguments sent after the
 * event name. Per-field shapes break every field of the template at once (nested objects
 * included), so no shape is a valid request by accident; they do not apply (null) to a
 * template without such a field.
 */
export type Payload = Record<string, unknown>;

export interface FuzzShape {
  name: string;
  args(template: Payload): unknown[] | null;
  /** Sent without an ack callback: the server must ignore it. */
  noAck?: true;
}

/** Under the transport's 64 KB limit, or the server would drop the connection instead of answering. */
const PAYLOAD_BUDGET = 48_000;

const isPlainObject = (v: unknown): v is Payload =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v);

/** The template with each leaf that `pick` accepts replaced; null when none was. */
function replaceLeaves(
  template: Payload,
  pick: (v: unknown) => boolean,
  replace: (v: unknown) => unknown,
  intoArrays = false,
): Payload | null {
  let hits = 0;
  const walk = (v: unknown): unknown => {
    if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    if (intoArrays && Array.isArray(v)) return v.map(walk);
    if (!pick(v)) return v;
    hits++;
    return replace(v);
  };
  const out = walk(template) as Payload;
  return hits ? out : null;
}

const countLeaves = (template: Payload, pick: (v: unknown) => boolean) => {
  let n = 0;
  replaceLeaves(template, pick, () => void n++, true);
  return n;
};

const one = (payload: Payload | null) => (payload ? [payload] : null);
const anyLeaf = () => true;
const isNumber = (v: unknown) => typeof v === 'number';
const isString = (v: unknown) => typeof v === 'string';

function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

function wrongType(v: unknown): unknown {
  if (typeof v === 'string') return 42;
  if (typeof v === 'number') return '42';
  if (typeof v === 'boolean') return 'yes';
  return { 0: 'x', length: 1 };
}

function hugeStrings(template: Payload): Payload | null {
  const each = Math.floor(PAYLOAD_BUDGET / Math.max(1, countLeaves(template, isString)));
  return replaceLeaves(template, isString, () => 'x'.repeat(each), true);
}

/**
 * socket.io-parser refuses a packet with more than 10 binary attachments by closing the
 * connection (a protocol error, not a request): the fuzz test checks that apart.
 */
export const MAX_ATTACHMENTS = 10;

function binaryFields(template: Payload): Payload | null {
  let left = MAX_ATTACHMENTS;
  return replaceLeaves(
    template,
    () => left-- > 0,
    () => Buffer.from('x'),
  );
}

const numbers = (name: string, value: number): FuzzShape => ({
  name,
  args: (t) => one(replaceLeaves(t, isNumber, () => value, true)),
});

/** Keys parsed from JSON become own properties, as they would arrive from a client. */
const PROTO_KEYS = JSON.parse('{"__proto__":{"role":"staff","polluted":true}}') as Payload;

export const FUZZ_SHAPES: FuzzShape[] = [
  { name: 'no payload', args: () => [] },
  { name: 'null', args: () => [null] },
  { name: 'a boolean', args: () => [true] },
  { name: 'a number', args: () => [-1] },
  { name: 'a string', args: () => ['hello'] },
  { name: 'a huge string', args: () => ['x'.repeat(PAYLOAD_BUDGET)] },
  { name: 'an array', args: (t) => [[t]] },
  { name: 'binary', args: () => [Buffer.from([0, 255, 1, 254])] },
  { name: 'a __proto__ key', args: (t) => [{ ...t, ...PROTO_KEYS }] },
  {
    name: 'Object method keys',
    args: (t) => [
      { ...t, constructor: { prototype: { polluted: true } }, toString: 'x', hasOwnProperty: 1, valueOf: null },
    ],
  },
  { name: 'extra keys', args: (t) => [{ ...t, userId: 1, role: 'staff', sessionId: 'forged' }] },
  { name: 'deeply nested', args: () => [nested(2_000)] },
  { name: 'two payloads', args: (t) => [t, t] },
  { name: 'no ack', args: (t) => [t], noAck: true },
  { name: 'no ack, no payload', args: () => [], noAck: true },
  { name: 'every field a wrong type', args: (t) => one(replaceLeaves(t, anyLeaf, wrongType)) },
  {
    name: 'every field nested junk',
    args: (t) => one(replaceLeaves(t, anyLeaf, () => ({ $ne: null, a: [{ b: [] }] }))),
  },
  { name: 'every field null', args: (t) => one(replaceLeaves(t, anyLeaf, () => null)) },
  { name: 'fields binary', args: (t) => one(binaryFields(t)) },
  { name: 'every field deeply nested', args: (t) => one(replaceLeaves(t, anyLeaf, () => nested(200))) },
  { name: 'every string huge', args: (t) => one(hugeStrings(t)) },
  numbers('every number negative', -1),
  numbers('every number a fraction', 1.5),
  numbers('every number past 2^53', 2 ** 53 + 2),
  numbers('every number 1e308', 1e308),
  // JSON has no NaN or Infinity: a client's NaN arrives as null.
  numbers('every number NaN', Number.NaN),
];
