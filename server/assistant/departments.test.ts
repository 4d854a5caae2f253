import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Department } from '../../shared/chat.js';
import { routeDepartment } from './departments.js';

const test = suite('departments: the router picks one from the first messages');

const CASES: [string[], Department][] = [
  [['Which phone has the best camera?'], 'sales'],
  [['Is the Vision Go available in lilac with 256 GB?'], 'sales'],
  [['Add the clear case to my cart'], 'sales'],
  [['Hello'], 'sales'],
  [["My phone won't charge"], 'tech'],
  [['My phone won’t charge'], 'tech'],
  [['The screen flickers after the update'], 'tech'],
  [['Bluetooth keeps disconnecting from my buds'], 'tech'],
  [['Where is my order VX-7K2M9QRT?'], 'service'],
  [['I want to return my phone and get a refund'], 'service'],
  [['How do I delete my account and my data?'], 'service'],
  [['Hi there', 'my parcel has not arrived yet'], 'service'],
];

for (const [messages, want] of CASES) {
  test(`${JSON.stringify(messages)} → ${want}`, () => assert.is(routeDepartment(messages), want));
}

test.run();
