import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chooseLocale, fromAcceptLanguage, isLocale } from './locales.js';

test('[LANG1] Accept-Language: the best-rated language the shop speaks, a region read as its language', () => {
  assert.is(fromAcceptLanguage('fr-CA,fr;q=0.9,en-US;q=0.8,en;q=0.7'), 'fr');
  assert.is(fromAcceptLanguage('de-AT'), 'de');
  assert.is(fromAcceptLanguage('it-IT,it;q=0.9,es;q=0.8,en;q=0.5'), 'es');
  assert.is(fromAcceptLanguage('en;q=0.4, de;q=0.8'), 'de');
  assert.is(fromAcceptLanguage('es;q=0.5, fr;q=0.5'), 'es', 'a tie keeps the header order');
  assert.is(fromAcceptLanguage('*'), undefined);
  assert.is(fromAcceptLanguage('it, pt-BR'), undefined);
  assert.is(fromAcceptLanguage('fr;q=0, en;q=0.1'), 'en', 'q=0 means "not this one"');
  assert.is(fromAcceptLanguage(''), undefined);
  assert.is(fromAcceptLanguage(undefined), undefined);
  assert.is(fromAcceptLanguage(';;;,,,q=abc'), undefined);
});

test('[LANG1] the page starts in: explicit link, account, session, browser, then English', () => {
  const browser = 'de-DE,de;q=0.9';
  assert.is(chooseLocale({ query: 'es', account: 'fr', session: 'en', acceptLanguage: browser }), 'es');
  assert.is(chooseLocale({ query: 'xx', account: 'fr', session: 'en', acceptLanguage: browser }), 'fr');
  assert.is(chooseLocale({ query: ['fr'], account: null, session: 'es', acceptLanguage: browser }), 'es');
  assert.is(chooseLocale({ account: null, session: null, acceptLanguage: browser }), 'de');
  assert.is(chooseLocale({ acceptLanguage: 'ja' }), 'en');
  assert.is(chooseLocale({}), 'en');
});

test('isLocale knows the four and nothing else', () => {
  assert.ok(isLocale('fr'));
  assert.not.ok(isLocale('FR'));
  assert.not.ok(isLocale('__proto__'));
  assert.not.ok(isLocale(undefined));
});

test.run();
