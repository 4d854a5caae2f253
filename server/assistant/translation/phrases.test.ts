import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lower } from './gist.js';
import { DE } from './phrases/de.js';
import { ES } from './phrases/es.js';
import { FR } from './phrases/fr.js';

const KEY_TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*['’]?|[^\s\p{L}\p{N}]/gu;

for (const [language, table] of Object.entries({ fr: FR, de: DE, es: ES })) {
  test(`[LANG5] ${language}: no two phrases read the same as written (case aside), with different English: one would hide the other`, () => {
    const seen = new Map<string, { source: string; english: string }>();
    const clashes: string[] = [];
    for (const [source, english] of Object.entries(table)) {
      const key = (source.match(KEY_TOKEN) ?? []).map(lower).join(' ');
      const before = seen.get(key);
      if (before && before.english !== english)
        clashes.push(`${before.source} → ${before.english} / ${source} → ${english}`);
      seen.set(key, { source, english });
    }
    assert.equal(clashes, []);
  });
}

test.run();
