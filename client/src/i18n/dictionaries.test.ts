import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { en } from './en.js';
import { parityProblems, placeholders } from './parity.js';
import { POLICY_SLUGS } from './policies.js';

const here = resolve(fileURLToPath(import.meta.url), '..');
const TRANSLATIONS = ['fr', 'de', 'es'] as const;
/** The translations written so far (each language is a file `<lang>.ts` beside en.ts, and a folder). */
const present = TRANSLATIONS.filter((lang) => existsSync(join(here, `${lang}.ts`)));

test('placeholders are the {names} of a message', () => {
  assert.equal(placeholders('Added {count} × {name}, {count} in all'), ['count', 'name']);
  assert.equal(placeholders('No variables'), []);
});

test('a translation missing a key, with a key of its own, or with other variables is refused', () => {
  const english = { cart: { empty: 'Empty', added: { one: '{count} item', other: '{count} items' } }, id: 'where' };
  assert.equal(parityProblems(english, english), []);
  const broken = { cart: { added: { one: '{n} article', other: '' }, extra: 'x' }, id: 'ou' };
  assert.equal(parityProblems(english, broken), [
    'cart.empty: missing',
    'cart.extra: not in English',
    'cart.added.one: variables {count} in English, {n} here',
    'cart.added.other: empty',
    'id: "where" in English, "ou" here',
  ]);
  assert.equal(parityProblems({ rows: ['a', 'b'] }, { rows: ['a'] }), ['rows: 2 items in English, 1 here']);
  // A policy's date and a section's anchor stay; a message under the key `updated` is words.
  assert.equal(parityProblems({ updated: '2025-01-15', id: 'where' }, { updated: '2025-02-01', id: 'where' }), [
    'updated: "2025-01-15" in English, "2025-02-01" here',
  ]);
  assert.equal(parityProblems({ updated: 'Last updated {date}' }, { updated: 'Zuletzt aktualisiert am {date}' }), []);
});

for (const lang of present) {
  test(`[I18N1] ${lang}: every key of the English dictionary, no other, with the same variables`, async () => {
    const module = (await import(`./${lang}.js`)) as Record<string, unknown>;
    const problems = parityProblems(en, module[lang]);
    assert.equal(problems, [], `${lang}:\n${problems.join('\n')}`);
  });

  test(`[I18N1] ${lang}: every policy, section by section`, async () => {
    for (const slug of POLICY_SLUGS) {
      const english = (await import(`./en/policies/${slug}.js`)) as { policy: unknown };
      const file = join(here, lang, 'policies', `${slug}.ts`);
      assert.ok(existsSync(file), `${lang}: no ${slug} policy`);
      const translated = (await import(`./${lang}/policies/${slug}.js`)) as { policy: unknown };
      const problems = parityProblems(english.policy, translated.policy);
      assert.equal(problems, [], `${lang} ${slug}:\n${problems.join('\n')}`);
    }
  });
}

test.run();
