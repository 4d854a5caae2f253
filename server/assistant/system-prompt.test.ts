import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DEPARTMENTS } from '../../shared/chat.js';
import type { Language } from '../nlu/language.js';
import { dateNote, languageNote, PERSONA, systemPrompt } from './system-prompt.js';

test('dateNote: weekday, day, month and year from the clock, in UTC', () => {
  const cases: [number, string][] = [
    [Date.UTC(2027, 0, 6, 9, 30), 'Today is Wednesday 6 January 2027 (2027-01-06, UTC).'],
    [Date.UTC(2028, 1, 29, 23, 59), 'Today is Tuesday 29 February 2028 (2028-02-29, UTC).'],
    [Date.UTC(2026, 11, 31, 0, 0), 'Today is Thursday 31 December 2026 (2026-12-31, UTC).'],
  ];
  for (const [now, want] of cases) assert.ok(dateNote(now).startsWith(want), dateNote(now));
});

test('languageNote: answer in the detected language; the facts still come from the tools', () => {
  const cases: [Language, string][] = [
    ['fr', 'The shopper writes in French: answer in French.'],
    ['de', 'The shopper writes in German: answer in German.'],
    ['es', 'The shopper writes in Spanish: answer in Spanish.'],
  ];
  for (const [language, want] of cases) {
    assert.ok(languageNote(language).startsWith(want), languageNote(language));
    assert.match(languageNote(language), 'never change their facts');
  }
  // Short and unclear messages detect as English: the model may still follow the shopper.
  assert.match(languageNote('en'), /^Answer in English, unless the shopper writes in another language/);
});

test('the persona keeps its rules: real facts only, propose never change, no card or password, safety first, scams', () => {
  for (const rule of [
    'never invent them',
    'Never change the cart yourself: propose a change',
    'Never ask for a card number, security code or password',
    'your first sentence tells them to stop using the phone, unplug it and not charge it, before anything else',
    'VisionX never asks for one-time codes, passwords, card security codes, an address change',
  ]) {
    assert.match(PERSONA, rule);
  }
  for (const hazard of ['swelling', 'burning smell', 'liquid', 'overheating']) assert.match(PERSONA, hazard);
});

test('one assistant answers everything: a department is a routing label, never a reason to refuse or redirect', () => {
  for (const department of DEPARTMENTS) {
    const prompt = systemPrompt({ department, language: 'en' });
    assert.match(prompt, 'a routing label for staff only: answer whatever the shopper asks');
    assert.match(prompt, 'never send the shopper to another department');
    assert.not.match(prompt, /You are in|switch department|switch to|transfer you/i);
  }
});

test('systemPrompt: the date only when the clock is given, the language always', () => {
  const withDate = systemPrompt({ department: 'service', language: 'de', now: Date.UTC(2027, 0, 6) });
  assert.match(withDate, 'Today is Wednesday 6 January 2027');
  assert.match(withDate, 'answer in German');
  assert.not.match(systemPrompt({ department: 'service', language: 'de' }), 'Today is');
});

test.run();
