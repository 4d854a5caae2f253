import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The source tree at `commit`, extracted into a temp dir with `git archive` (no worktree is
 * registered, nothing in the repository changes) and this checkout's node_modules linked in.
 * `remove` deletes it; so does this process's exit.
 */
export function extractTree(repoRoot: string, commit: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `vx-engine-${commit}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', commit], {
      cwd: repoRoot,
      maxBuffer: 256 * 2 ** 20,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    symlinkSync(realpathSync(join(repoRoot, 'node_modules')), join(dir, 'node_modules'));
  } catch (err) {
    remove();
    throw err;
  }
  return {
    dir,
    remove() {
      remove();
      process.off('exit', remove);
    },
  };
}
