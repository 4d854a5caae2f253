import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { describeCircle, folderCircles, folderEdges, relativeImports, SOURCE_ROOTS, unitOf } from './import-circles.js';

/** A throwaway source tree: path → file text. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'circles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function circlesIn(files: Record<string, string>): string[][] {
  const root = tree(files);
  try {
    return folderCircles(folderEdges(root, ['server', 'client/src']));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('relative imports: static, re-exports, side-effect, dynamic and type-only; packages are not ours', () => {
  const source = [
    "import { a } from './a.js';",
    "import type { B } from '../b/b.js';",
    "export { c } from './c.js';",
    "import './d.js';",
    "const e = await import('./e.js');",
    "import { z } from 'zod';",
  ].join('\n');
  assert.equal(relativeImports(source).sort(), ['../b/b.js', './a.js', './c.js', './d.js', './e.js']);
});

test('units: a folder under a root, one deeper under features/, each file lying in a root', () => {
  assert.is(unitOf('server/assistant/offline/answer.ts', 'server'), 'server/assistant');
  assert.is(unitOf('server/features/chat/chat-hub.ts', 'server'), 'server/features/chat');
  assert.is(unitOf('server/context.ts', 'server'), 'server/context.ts');
  assert.is(unitOf('client/src/ui/Button.tsx', 'client/src'), 'client/src/ui');
});

test('a circle between two feature folders is found and told import by import', () => {
  const files = {
    'server/features/chat/chat-status.ts': "import { staffRow } from '../staff/staff-rows.js';\n",
    'server/features/staff/staff-rows.ts':
      "import type { Chat } from '../chat/chat-status.js';\nexport const staffRow = 1;\n",
  };
  const root = tree(files);
  const edges = folderEdges(root, ['server']);
  const circles = folderCircles(edges);
  rmSync(root, { recursive: true, force: true });
  assert.equal(circles, [['server/features/chat', 'server/features/staff']]);
  const told = describeCircle(circles[0] ?? [], edges);
  assert.ok(told.includes('server/features/chat/chat-status.ts → server/features/staff/staff-rows.ts'), told);
  assert.ok(told.includes('server/features/staff/staff-rows.ts → server/features/chat/chat-status.ts'), told);
});

test('a circle through a root file (context.ts ⇄ a feature) is a circle; one-way imports are not', () => {
  assert.equal(
    circlesIn({
      'server/context.ts': "import type { Hub } from './features/chat/hub.js';\n",
      'server/features/chat/hub.ts': "import type { Ctx } from '../../context.js';\n",
    }),
    [['server/context.ts', 'server/features/chat']],
  );
  assert.equal(
    circlesIn({
      'server/ports.ts': 'export interface Clock { now(): number }\n',
      'server/features/chat/hub.ts': "import type { Clock } from '../../ports.js';\n",
      'server/app.ts': "import { hub } from './features/chat/hub.js';\n",
    }),
    [],
  );
});

test('files inside one folder may import each other; tests are leaves and never make a circle', () => {
  assert.equal(
    circlesIn({
      'client/src/ui/Button.tsx': "import { Icon } from './Icon.js';\n",
      'client/src/ui/Icon.tsx': "import { Button } from './Button.js';\n",
      'client/src/features/cart/Cart.tsx': "import { Button } from '../../ui/Button.js';\n",
      'client/src/ui/Button.test.ts': "import { Cart } from '../features/cart/Cart.js';\n",
    }),
    [],
  );
});

test('this repository has no import circles between folders', () => {
  const root = join(dirname(new URL(import.meta.url).pathname), '..');
  const edges = folderEdges(root, SOURCE_ROOTS);
  const circles = folderCircles(edges);
  assert.equal(circles.map((circle) => describeCircle(circle, edges)).join('\n\n'), '');
});

test.run();
