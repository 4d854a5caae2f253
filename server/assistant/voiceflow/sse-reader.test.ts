import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readSse } from './sse-reader.js';

async function framesOf(pieces: string[]) {
  const body = (async function* () {
    for (const p of pieces) yield new TextEncoder().encode(p);
  })();
  const out = [];
  for await (const f of readSse(body)) out.push(f);
  return out;
}

test('[VF1] frames split anywhere, CRLF, comments, ids and multi-line data', async () => {
  assert.equal(
    await framesOf([
      ': keep-alive\n\nevent: tr',
      'ace\r',
      '\nid: 1\r\ndata: {"type":"text",\r\ndata: "x":1}\r\n\r\nevent: end\ndata: {}\n\n',
      'data: tail',
    ]),
    [
      { event: 'trace', data: '{"type":"text",\n"x":1}' },
      { event: 'end', data: '{}' },
      { event: 'message', data: 'tail' },
    ],
  );
});

test('[VF1] a multi-byte character split across chunks arrives whole', async () => {
  const bytes = new TextEncoder().encode('event: trace\ndata: "é"\n\n');
  const cut = bytes.indexOf(0xc3) + 1;
  const body = (async function* () {
    yield bytes.slice(0, cut);
    yield bytes.slice(cut);
  })();
  const out = [];
  for await (const f of readSse(body)) out.push(f);
  assert.equal(out, [{ event: 'trace', data: '"é"' }]);
});

test.run();
