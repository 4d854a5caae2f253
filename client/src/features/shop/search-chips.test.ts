import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { SearchChip } from '../../../../shared/catalog.js';
import { chipText } from './search-chips.js';

const cases: [SearchChip, string][] = [
  [{ kind: 'category', value: 'screen-protectors', label: 'screen-protectors' }, 'Screen protectors'],
  [{ kind: 'maxPrice', value: 65000, label: '65000' }, 'under $650'],
  [{ kind: 'minPrice', value: 9950, label: '9950' }, 'over $99.50'],
  [{ kind: 'fits', value: 'vision-x-terra', label: 'Vision X Terra' }, 'fits Vision X Terra'],
  [{ kind: 'colour', value: 'forest-green', label: 'Forest Green' }, 'Forest Green'],
  [{ kind: 'storage', value: 1024, label: '1024' }, '1 TB'],
  [{ kind: 'sort', value: 'battery', label: 'battery' }, 'sorted by battery'],
  [{ kind: 'sort', value: 'price-asc', label: 'price-asc' }, 'sorted by lowest price'],
];
for (const [chip, want] of cases) {
  test(`chip ${chip.kind} ${chip.value} reads "${want}"`, () => assert.is(chipText(chip), want));
}

test.run();
