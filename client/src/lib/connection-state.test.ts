import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { t } from '../i18n/index.js';
import {
  connectionNotice,
  connectionStateOf,
  refusalOf,
  type ConnectionFacts,
  type ConnectionState,
} from './connection-state.js';

const facts = (over: Partial<ConnectionFacts>): ConnectionFacts => ({
  online: true,
  connected: false,
  everConnected: false,
  refusal: null,
  ...over,
});

const STATES: Array<[name: string, facts: ConnectionFacts, state: ConnectionState]> = [
  ['first attempt', facts({}), { status: 'connecting', refusal: null }],
  ['connected', facts({ connected: true, everConnected: true }), { status: 'connected', refusal: null }],
  ['lost after being connected', facts({ everConnected: true }), { status: 'reconnecting', refusal: null }],
  [
    'refused on the first attempt',
    facts({ refusal: 'rate_limited' }),
    { status: 'connecting', refusal: 'rate_limited' },
  ],
  [
    'refused on a reconnect',
    facts({ everConnected: true, refusal: 'rate_limited' }),
    { status: 'reconnecting', refusal: 'rate_limited' },
  ],
  [
    'connected clears a refusal',
    facts({ connected: true, refusal: 'rate_limited' }),
    { status: 'connected', refusal: null },
  ],
  [
    'offline outranks a refusal',
    facts({ online: false, refusal: 'rate_limited' }),
    { status: 'offline', refusal: null },
  ],
  [
    'offline while the socket still looks connected',
    facts({ online: false, connected: true }),
    { status: 'offline', refusal: null },
  ],
];

for (const [name, given, expected] of STATES) {
  test(`state: ${name}`, () => {
    assert.equal(connectionStateOf(given), expected);
  });
}

/** What socket.io-client hands `connect_error` for a refused handshake: message = code, data = body. */
const handshakeError = (code: string, data?: unknown) =>
  Object.assign(new Error(code), data === undefined ? {} : { data });

const REFUSALS: Array<[name: string, err: unknown, refusal: ReturnType<typeof refusalOf>]> = [
  [
    'a socket cap',
    handshakeError('rate_limited', { code: 'rate_limited', reason: 'too_many_tabs', params: { max: 30 } }),
    'rate_limited',
  ],
  ['a cap without a body', handshakeError('rate_limited'), 'rate_limited'],
  [
    'no live session (renewed, not shown)',
    handshakeError('unauthorized', { code: 'unauthorized', reason: 'no_live_session' }),
    null,
  ],
  ['a server fault', handshakeError('internal', { code: 'internal', message: '…' }), null],
  ['a transport failure', new Error('websocket error'), null],
  ['a code only in data', handshakeError('xhr poll error', { code: 'rate_limited' }), 'rate_limited'],
  ['not an error at all', 'rate_limited', null],
  ['null', null, null],
];

for (const [name, err, expected] of REFUSALS) {
  test(`refusal: ${name}`, () => {
    assert.is(refusalOf(err), expected);
  });
}

test('a refusal is told at once, as an alert, in words from i18n', () => {
  const notice = connectionNotice({ status: 'reconnecting', refusal: 'rate_limited' });
  assert.equal(notice, { key: 'connection.refused.rate_limited', urgent: true, showAfterMs: 0 });
  assert.is(t(notice!.key), 'Too many VisionX tabs are open: close some and this one reconnects by itself.');
});

const NOTICES: Array<[ConnectionState, ReturnType<typeof connectionNotice>]> = [
  [{ status: 'connected', refusal: null }, null],
  [
    { status: 'offline', refusal: null },
    { key: 'connection.offline', urgent: false, showAfterMs: 0 },
  ],
  [
    { status: 'reconnecting', refusal: null },
    { key: 'connection.reconnecting', urgent: false, showAfterMs: 1000 },
  ],
  [
    { status: 'connecting', refusal: null },
    { key: 'connection.connecting', urgent: false, showAfterMs: 3000 },
  ],
];

for (const [state, expected] of NOTICES) {
  test(`notice while ${state.status}: ${expected?.key ?? 'none'}`, () => {
    assert.equal(connectionNotice(state), expected);
  });
}

test.run();
