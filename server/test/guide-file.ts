import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** data/support-guide.md, for tests and tools that load the knowledge without the app's config. */
export const SUPPORT_GUIDE_FILE = join(resolve(fileURLToPath(import.meta.url), '../../..'), 'data/support-guide.md');
