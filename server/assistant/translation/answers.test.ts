import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const HERE = import.meta.dirname;
const templates = (JSON.parse(readFileSync(join(HERE, 'templates.json'), 'utf8')) as Array<{ template: string }>).map(
  (t) => t.template,
);

/** What a translation must keep of its template: every slot, the bold marks and the links. */
const kept = (text: string) => ({
  slots: (text.match(/\{\d+\}/g) ?? []).sort(),
  bold: text.split('**').length - 1,
  links: text.split('](').length - 1,
});

for (const language of ['fr', 'de', 'es']) {
  const answers = JSON.parse(readFileSync(join(HERE, 'answers', `${language}.json`), 'utf8')) as Record<string, string>;

  test(`[I18N2] ${language}: every template the engine writes is translated, and nothing else`, () => {
    assert.equal(
      templates.filter((t) => !(t in answers)),
      [],
      'untranslated',
    );
    assert.equal(
      Object.keys(answers).filter((t) => !templates.includes(t)),
      [],
      'not a template',
    );
  });

  test(`[I18N2] ${language}: every translation keeps its template's slots, bold marks and links`, () => {
    for (const [template, translation] of Object.entries(answers))
      assert.equal(kept(translation), kept(template), `${template} → ${translation}`);
  });
}

test.run();
