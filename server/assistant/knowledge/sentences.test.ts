import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitSentences } from './sentences.js';

// [KNOW3] Quoting splits a paragraph into whole sentences, never inside an abbreviation or a number.
const TABLE: Array<[string, string[]]> = [
  ['You can cancel. The refund is in full.', ['You can cancel.', 'The refund is in full.']],
  ['Is it free? Yes! Returns cost nothing.', ['Is it free?', 'Yes!', 'Returns cost nothing.']],
  [
    'Orders placed before 2 p.m. Eastern Time leave the same day. Later ones leave tomorrow.',
    ['Orders placed before 2 p.m. Eastern Time leave the same day.', 'Later ones leave tomorrow.'],
  ],
  ['We open at 9 a.m. Monday to Friday.', ['We open at 9 a.m. Monday to Friday.']],
  [
    'Swap one module, e.g. Display or Battery. Then restart.',
    ['Swap one module, e.g. Display or Battery.', 'Then restart.'],
  ],
  [
    'Use a PD charger, i.e. One of 20 W or more. Then wait.',
    ['Use a PD charger, i.e. One of 20 W or more.', 'Then wait.'],
  ],
  [
    'Use screwdriver No. 5 for the cover. It is in the box.',
    ['Use screwdriver No. 5 for the cover.', 'It is in the box.'],
  ],
  [
    'Is it covered? No. The warranty covers defects only.',
    ['Is it covered?', 'No.', 'The warranty covers defects only.'],
  ],
  ['We ship to Washington, D.C. And to Canada.', ['We ship to Washington, D.C. And to Canada.']],
  [
    'Prices are in U.S. Dollars everywhere. Duties are included.',
    ['Prices are in U.S. Dollars everywhere.', 'Duties are included.'],
  ],
  ['It charges at 2.5 W. That is slow.', ['It charges at 2.5 W.', 'That is slow.']],
  ['Update to v1.2. Then restart.', ['Update to v1.2.', 'Then restart.']],
  ['Version v1.2.3 fixes it.', ['Version v1.2.3 fixes it.']],
  [
    'Cables, cases etc. are covered for 2 years. Chargers too.',
    ['Cables, cases etc. are covered for 2 years.', 'Chargers too.'],
  ],
  ['Remove cases, cards etc. Then switch it off.', ['Remove cases, cards etc.', 'Then switch it off.']],
  ['Select "Cancel order." Then confirm.', ['Select "Cancel order."', 'Then confirm.']],
  ['It is free (always.) Ask us.', ['It is free (always.)', 'Ask us.']],
  ['Wait 15 minutes. 30 is better.', ['Wait 15 minutes.', '30 is better.']],
  ['the cost is $5.95. nothing more', ['the cost is $5.95. nothing more']],
  ['No full stop at the end', ['No full stop at the end']],
  ['  ', []],
];

for (const [text, expected] of TABLE) {
  test(`[KNOW3] ${JSON.stringify(text)}`, () => {
    assert.equal(splitSentences(text), expected);
  });
}

test.run();
