import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SUPPORT_GUIDE_FILE } from '../../test/guide-file.js';
import { loadKnowledge } from './knowledge.js';

// What data/support-guide.md must say, so the assistant can quote any passage to a shopper as it stands.
const { passages } = loadKnowledge(SUPPORT_GUIDE_FILE);
function text(id: string): string {
  const passage = passages.find((p) => p.id === id);
  assert.ok(passage, `no passage ${id}`);
  return passage.text;
}

test('[GUIDE2] every passage speaks to you, never about "the shopper"', () => {
  for (const p of passages) assert.not.match(p.text, /\b(the|a|each) shopper('s)?\b/i, p.id);
});

test('[GUIDE3] one assistant for everything: no passage sends you to another department', () => {
  const dept = '(sales|tech support|customer service)';
  for (const p of passages) {
    assert.not.match(
      p.text,
      new RegExp(`\\b(switch|move|change|go|hand(s|ed)? off) (back )?(to )?(the )?${dept}\\b`, 'i'),
      p.id,
    );
    assert.not.match(p.text, new RegExp(`\\b(contact|ask (the assistant )?for|reach) ${dept}\\b`, 'i'), p.id);
  }
  assert.match(text('one-visionx-assistant-for-everything'), 'never need to choose a department');
  assert.match(text('what-the-department-label-on-your-chat-means'), /only a label: it routes your conversation/);
});

test('[GUIDE4] sign-in help is about the shop account and never sends you to reset your phone', () => {
  const account = text('visionx-account-sign-in-and-password-problems');
  assert.match(account, /^This is about your VisionX shop account/);
  assert.not.match(account, /factory|reset options|erase|wipe/i);
  // A forgotten password is reset by the emailed link (issue 15), not by anyone at VisionX.
  assert.match(account, 'Choose "Forgot password?" on the Sign in page');
});

test('[GUIDE5] the scam passage: what VisionX never asks, what to do if you shared something, where real support is', () => {
  const scam = passages.find((p) => p.id === 'scam-calls-emails-and-texts-in-visionxs-name');
  assert.is(scam?.section, 'Staying safe');
  for (const fact of [
    "VisionX never asks for your card's security code, your password or a one-time code, by phone, email or text.",
    'VisionX never asks you to change a delivery address or to pay a fee outside checkout.',
    'call your bank straight away',
    'change it with "Change password"',
    'use this chat, the Contact page, or hello@visionx.example',
  ])
    assert.match(scam!.text, fact);
});

test('[GUIDE6] the passages that quote a number keep it: a sample of the policies', () => {
  for (const [id, fact] of [
    [
      'shipping-times-and-costs-by-region',
      'Canada: Standard 5–8 days, $9.95, free on orders of $149 or more. Express 2–4 days, $24.95.',
    ],
    ['when-a-visionx-order-ships', 'before 2 p.m. Eastern Time on a business day'],
    ['the-30-day-return-policy', 'within 30 days of delivery'],
    ['refunds-how-much-and-how-long', 'within 5 business days of receiving it'],
    [
      'what-the-visionx-warranty-covers',
      'less than 80% of its original capacity within 2 years or 800 full charge cycles',
    ],
    ['the-modular-repair-program-and-module-prices', 'USB-C port: $19, about 3 minutes.'],
    ['service-center-repairs', 'a flat $25 labor fee'],
    ['damaged-or-missing-parcels', 'within 7 days of the delivery date'],
    ['exporting-or-deleting-your-visionx-data', 'order records for 7 years'],
  ] as const)
    assert.match(text(id), fact, id);
});

test.run();
