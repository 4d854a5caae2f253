import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { scoreSentiment } from './sentiment.js';

const test = suite('sentiment: a score per message; frustration detected');

const CASES: [string, boolean][] = [
  ['Thanks, that was really helpful!', false],
  ['Which phone has the best camera?', false],
  ['My phone will not charge', false],
  ['Is the Vision Go waterproof?', false],
  ['This is ridiculous, my order STILL has not arrived, third time I ask!!', true],
  ['WHERE IS MY PARCEL', true],
  ['Your support is useless and this phone is terrible', true],
  ['It still does not work after all your steps', true],
  ['I am so angry, this is the worst service ever', true],
  ['I want my money back now!!', true],
];

for (const [text, frustrated] of CASES) {
  test(`${frustrated ? 'frustrated' : 'calm'}: ${text}`, () => assert.is(scoreSentiment(text).frustrated, frustrated));
}

test('the score is signed: happy above zero, angry below', () => {
  assert.ok(scoreSentiment('I love it, great phone, thank you').score > 0);
  assert.ok(scoreSentiment('awful, terrible, I hate it').score < 0);
  assert.is(scoreSentiment('Where is my order?').score, 0);
});

test.run();
