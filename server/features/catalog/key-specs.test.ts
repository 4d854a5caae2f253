import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { keySpecs } from './key-specs.js';

test('reads battery, weight, screen and camera figures from spec rows', () => {
  const specs = [
    { group: 'Display', name: 'Screen', value: '6.8-inch LTPO OLED, 3120 × 1440' },
    { group: 'Cameras', name: 'Main', value: '50 MP, f/1.7, 1/1.3-inch sensor, OIS' },
    { group: 'Battery', name: 'Battery', value: '5,000 mAh, user-replaceable module' },
    { group: 'Size', name: 'Weight', value: '221 g' },
  ];
  assert.equal(keySpecs(specs), { batteryMah: 5000, weightG: 221, screenInches: 6.8, sensorInches: 0.77, cameraMp: 50 });
});

test('a "1-inch type" sensor is one inch; missing rows give no figure', () => {
  assert.equal(keySpecs([{ group: 'Cameras', name: 'Main', value: '50 MP, f/1.6, 1-inch type sensor' }]), { sensorInches: 1, cameraMp: 50 });
  assert.equal(keySpecs([]), {});
});

test.run();
