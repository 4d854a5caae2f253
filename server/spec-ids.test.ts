import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

/**
 * Every rule id the code cites is defined in docs/SPEC.md (its "How ids work"): tests and comments
 * cite the spec, so a cited id nobody defined is a rule nobody can read.
 */
const root = resolve(fileURLToPath(import.meta.url), '../..');
const SOURCE_DIRS = ['server', 'client/src', 'shared', 'e2e', 'scripts', 'bench'];
/** This file: its examples of the patterns below are no citations. */
const THIS_FILE = 'server/spec-ids.test.ts';

/**
 * A cited id: `[` + two or more capitals + a number, then `]` or a case suffix (`.1`, `.${i}`).
 * Not after a name or a closing bracket, so an index like `rows[ROW2]` is no citation.
 */
const CITED = /(?<![\w$\])])\[([A-Z]{2,}[0-9]+)(?=[\].])/g;
/** A definition: a list item that starts with the id in bold. */
const DEFINED = /^- \*\*\[([A-Z]{2,}[0-9]+)\]\*\*/gm;

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    (readdirSync(join(root, dir), { recursive: true }) as string[])
      .filter((path) => /\.tsx?$/.test(path) && !path.split(/[\\/]/).includes('node_modules'))
      .map((path) => join(dir, path).split('\\').join('/'))
      .filter((file) => file !== THIS_FILE),
  );
}

/** Each cited id with the places that cite it (`file:line`). */
function citations(): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const [, id] of line.matchAll(CITED)) {
          if (id) cited.set(id, [...(cited.get(id) ?? []), `${file}:${i + 1}`]);
        }
      });
  }
  return cited;
}

const spec = readFileSync(join(root, 'docs/SPEC.md'), 'utf8');
const definitions = [...spec.matchAll(DEFINED)].flatMap(([, id]) => (id ? [id] : []));

test('the patterns: what counts as a citation and as a definition', () => {
  const ids = (text: string) => [...text.matchAll(CITED)].map(([, id]) => id);
  assert.equal(ids("test('[AB1] x', …) // [CD22] and [EF3.1] [GH4.2]"), ['AB1', 'CD22', 'EF3', 'GH4']);
  assert.equal(ids('rows[ROW2] fn()[XY1] [0] [A1] [ab1] [AB] /[A-Z0-9]/ `[AB1`'), []);
  assert.equal([...'- **[AB1]** a rule\n  - **[CD2]** nested\n- [EF3] plain'.matchAll(DEFINED)].length, 1);
});

test('docs/SPEC.md defines each id once', () => {
  const twice = definitions.filter((id, i) => definitions.indexOf(id) !== i);
  assert.equal(twice, [], `defined more than once: ${twice.join(', ')}`);
  assert.ok(definitions.length > 0, 'no definitions found: is the `- **[ID]**` syntax still used?');
});

test('every rule id cited in the code is defined in docs/SPEC.md', () => {
  const defined = new Set(definitions);
  const cited = citations();
  assert.ok(cited.size > 0, 'no citations found: the scan or the pattern is broken');
  const missing = [...cited]
    .filter(([id]) => !defined.has(id))
    .map(([id, places]) => `[${id}] cited at ${places.join(', ')}`);
  assert.equal(missing, [], `not defined in docs/SPEC.md:\n${missing.join('\n')}`);
});

test.run();
