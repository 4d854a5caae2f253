import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Import circles between folders (docs/ARCHITECTURE.md, "Dependencies point one way").
 * The units are the folders right under a source root (`server/assistant`, `client/src/ui`), one level
 * deeper under `features/` (`server/features/chat`), and each file lying directly in a root
 * (`server/app.ts`, `server/context.ts`): unit A depends on unit B when a file in A imports a file in B.
 * Type-only imports count: a circle of types is still a circle in the design. Test files are leaves
 * (nothing imports them) and are left out.
 */

/** One import that makes a folder depend on another: who imports what. */
export interface FolderEdge {
  from: string;
  to: string;
  file: string;
  imported: string;
}

/** The source roots the check walks, relative to the repository. */
export const SOURCE_ROOTS = ['server', 'shared', 'client/src', 'e2e', 'scripts', 'bench'] as const;

const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.tsx?$/;

/** Relative specifiers in `import … from`, `export … from`, `import '…'` and `import('…')`. */
export function relativeImports(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g, /\bimport\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) if (match[1]) found.push(match[1]);
  }
  return found;
}

/** The unit a root-relative file belongs to, given the source root it lies under. */
export function unitOf(file: string, sourceRoot: string): string {
  const parts = relative(sourceRoot, file).split('/');
  const depth = parts[0] === 'features' ? 2 : 1;
  return parts.length <= depth ? file : join(sourceRoot, ...parts.slice(0, depth));
}

/** `./x.js` as written in ESM source names `./x.ts` or `./x.tsx` on disk. */
function resolveImport(fromFile: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  const stem = base.replace(/\.(js|jsx|ts|tsx)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((candidate) => files.has(candidate));
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !TEST.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${join('node_modules')}/`));
}

/** Every unit-to-unit dependency among the source files under `dirs` (source roots relative to `root`). */
export function folderEdges(root: string, dirs: readonly string[]): FolderEdge[] {
  const files = new Set(dirs.flatMap((dir) => sourceFiles(join(root, dir))));
  const unit = (file: string) => {
    const path = relative(root, file);
    const dir = dirs.find((candidate) => path.startsWith(`${candidate}/`)) ?? '';
    return unitOf(path, dir);
  };
  const edges: FolderEdge[] = [];
  for (const file of files) {
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, specifier, files);
      if (!target) continue;
      const [from, to] = [unit(file), unit(target)];
      if (from !== to) edges.push({ from, to, file: relative(root, file), imported: relative(root, target) });
    }
  }
  return edges;
}

/** The circles: strongly connected groups of two or more folders (Tarjan), each sorted by name. */
export function folderCircles(edges: readonly FolderEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    next.set(from, (next.get(from) ?? new Set()).add(to));
    if (!next.has(to)) next.set(to, new Set());
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (folder: string) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder) as number);
    stack.push(folder);
    onStack.add(folder);
    for (const to of next.get(folder) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(folder, Math.min(low.get(folder) as number, low.get(to) as number));
      } else if (onStack.has(to)) {
        low.set(folder, Math.min(low.get(folder) as number, index.get(to) as number));
      }
    }
    if (low.get(folder) !== index.get(folder)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      group.push(member);
    } while (member !== folder);
    if (group.length > 1) circles.push(group.sort());
  };
  for (const folder of [...next.keys()].sort()) if (!index.has(folder)) visit(folder);
  return circles;
}

/** A readable account of one circle: the imports that tie its folders together. */
export function describeCircle(circle: readonly string[], edges: readonly FolderEdge[]): string {
  const inside = edges.filter(({ from, to }) => circle.includes(from) && circle.includes(to));
  const lines = inside.map(({ file, imported }) => `  ${file} → ${imported}`);
  return [`circle: ${circle.join(' ⇄ ')}`, ...[...new Set(lines)].sort()].join('\n');
}
