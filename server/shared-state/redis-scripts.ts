import { type CommandParser, defineScript } from 'redis';

/**
 * The Lua scripts behind RedisState: each operation is one script, so Redis runs it atomically
 * (no other command between its read and its write). Times are the app's clock (`now`, ms), never
 * Redis's; a key's PEXPIRE (Redis's clock) only collects garbage, long after the app's clock says
 * the key means nothing ([REDIS2]).
 */

/**
 * Added to every PEXPIRE: the app's clocks and Redis's may differ by this much before the
 * collector could drop a key the app still counts on.
 */
export const GC_MARGIN_MS = 3_600_000;

// Numbers are stored with %.17g: redis.call would turn a Lua number into a string of 14 digits.
const BUCKET = `
local capacity, refill, now, mode, margin = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4], tonumber(ARGV[5])
local held = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens, at = tonumber(held[1]), tonumber(held[2])
if tokens == nil then
  if mode ~= 'take' then return {1} end
  tokens, at = capacity, now
end
if mode == 'give' then
  tokens = math.min(capacity, tokens + 1)
else
  tokens = math.min(capacity, tokens + ((now - at) / 1000) * refill)
  at = now
end
local ok = tokens >= 1
if ok and mode == 'take' then tokens = tokens - 1 end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', at))
local full = refill > 0 and math.min(math.ceil(((capacity - tokens) / refill) * 1000), 1e10) or 0
redis.call('PEXPIRE', KEYS[1], string.format('%d', full + margin))
if ok or mode == 'give' then return {1} end
return {0, math.ceil(((1 - tokens) / refill) * 1000)}
`;

/** Drops the members expired by `now`, then does the operation; answers the size or the members. */
const MEMBERS = `
local now, mode, member = tonumber(ARGV[1]), ARGV[2], ARGV[3]
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if mode == 'join' then
  local ttl, margin = tonumber(ARGV[4]), tonumber(ARGV[5])
  redis.call('ZADD', KEYS[1], now + ttl, member)
  if redis.call('PTTL', KEYS[1]) < ttl + margin then redis.call('PEXPIRE', KEYS[1], ttl + margin) end
elseif mode == 'leave' then
  redis.call('ZREM', KEYS[1], member)
else
  return redis.call('ZRANGE', KEYS[1], 0, -1)
end
return redis.call('ZCARD', KEYS[1])
`;

/**
 * MEMBERS' join for many sets at once ([SHARED9]): ARGV is now, ttl, margin, then for each key its
 * count of members followed by them. Each set is swept once, every member joins until now + ttl.
 */
const JOIN_ALL = `
local now, ttl, margin = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local at = 4
for _, key in ipairs(KEYS) do
  local count = tonumber(ARGV[at])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  for i = at + 1, at + count do redis.call('ZADD', key, now + ttl, ARGV[i]) end
  at = at + count + 1
  if redis.call('PTTL', key) < ttl + margin then redis.call('PEXPIRE', key, ttl + margin) end
end
return 1
`;

/** Compare-and-set on (holder, until): 1 if `holder` holds the lease now, 0 if another does. */
const LEASE = `
local holder, now, ttl, margin = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local held = redis.call('HMGET', KEYS[1], 'holder', 'until')
if held[1] and held[1] ~= holder and tonumber(held[2]) > now then return 0 end
redis.call('HSET', KEYS[1], 'holder', holder, 'until', string.format('%.17g', now + ttl))
redis.call('PEXPIRE', KEYS[1], ttl + margin)
return 1
`;

const RELEASE = `
if redis.call('HGET', KEYS[1], 'holder') == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1
`;

const text = (value: number) => String(value);

export const scripts = {
  bucket: defineScript({
    SCRIPT: BUCKET,
    NUMBER_OF_KEYS: 1,
    parseCommand(
      parser: CommandParser,
      key: string,
      capacity: number,
      refillPerSecond: number,
      now: number,
      mode: 'take' | 'peek' | 'give',
    ) {
      parser.pushKey(key);
      parser.push(text(capacity), text(refillPerSecond), text(now), mode, text(GC_MARGIN_MS));
    },
    transformReply: (reply: unknown) => reply as number[], // [1], or [0, retryAfterMs]
  }),
  members: defineScript({
    SCRIPT: MEMBERS,
    NUMBER_OF_KEYS: 1,
    parseCommand(
      parser: CommandParser,
      key: string,
      now: number,
      mode: 'join' | 'leave' | 'list',
      member = '',
      ttlMs = 0,
    ) {
      parser.pushKey(key);
      parser.push(text(now), mode, member, text(ttlMs), text(GC_MARGIN_MS));
    },
    transformReply: (reply: unknown) => reply as number | string[],
  }),
  joinAll: defineScript({
    SCRIPT: JOIN_ALL,
    // No NUMBER_OF_KEYS: it varies, so parseCommand pushes it before the keys.
    parseCommand(parser: CommandParser, bySet: ReadonlyMap<string, readonly string[]>, now: number, ttlMs: number) {
      parser.push(text(bySet.size));
      for (const key of bySet.keys()) parser.pushKey(key);
      parser.push(text(now), text(ttlMs), text(GC_MARGIN_MS));
      for (const members of bySet.values()) parser.push(text(members.length), ...members);
    },
    transformReply: (reply: unknown) => reply as number,
  }),
  lease: defineScript({
    SCRIPT: LEASE,
    NUMBER_OF_KEYS: 1,
    parseCommand(parser: CommandParser, key: string, holder: string, now: number, ttlMs: number) {
      parser.pushKey(key);
      parser.push(holder, text(now), text(ttlMs), text(GC_MARGIN_MS));
    },
    transformReply: (reply: unknown) => reply as number,
  }),
  release: defineScript({
    SCRIPT: RELEASE,
    NUMBER_OF_KEYS: 1,
    parseCommand(parser: CommandParser, key: string, holder: string) {
      parser.pushKey(key);
      parser.push(holder);
    },
    transformReply: (reply: unknown) => reply as number,
  }),
};
