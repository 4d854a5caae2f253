import { answerParent } from '../lib/child-report.js';

/**
 * The real server exactly as `npm start` runs it (server/index.ts: config from the
 * environment, migrations, catalog seed, listen), plus the bench's IPC questions.
 * The parent sets PORT, DATABASE_FILE, SESSION_SECRET etc. in the environment.
 */
answerParent();
await import('../../server/index.js');
