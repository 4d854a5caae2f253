import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { specFigures } from './spec-figures.js';

const row = (name: string, value: string) => ({ group: 'Specs', name, value });

const cases: [string, ReturnType<typeof row>[], ReturnType<typeof specFigures>][] = [
  [
    'a phone',
    [
      row('Battery', '5,400 mAh silicon-carbon'),
      row('Weight', '229 g'),
      row('Screen', '6.9-inch LTPO OLED'),
      row('Main', '50 MP, f/1.6'),
      row('Storage', '256 GB, 512 GB or 1 TB UFS 4.1'),
    ],
    { battery: 5400, weight: 229, screen: 6.9, camera: 50, storage: 1024 },
  ],
  ['a memory card is not storage', [row('Storage', '128 GB or 256 GB UFS 3.1, microSD up to 1 TB')], { storage: 256 }],
  [
    "a power bank's capacity is not a battery",
    [row('Capacity', '10000 mAh (38.5 Wh)'), row('Weight', '212 g')],
    { weight: 212 },
  ],
  [
    'a watch',
    [row('Screen', '1.43-inch always-on AMOLED'), row('Weight', '39 g without strap')],
    { screen: 1.43, weight: 39 },
  ],
  ['nothing readable', [row('Battery', 'user-replaceable'), row('Length', '1 m')], {}],
];
for (const [name, specs, want] of cases) {
  test(`spec figures: ${name}`, () => assert.equal(specFigures(specs), want));
}

test.run();
