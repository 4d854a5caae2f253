import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';

const TABLE = '__drizzle_migrations';

/**
 * Drizzle's migrator, with the check and the changes in one `BEGIN IMMEDIATE` transaction.
 *
 * Drizzle's own (`drizzle-orm/better-sqlite3/migrator`, 0.45) reads the last applied migration
 * before its deferred `BEGIN`: two processes opening a fresh file at once both read "none", the
 * second waits for the first's commit and then runs `CREATE TABLE` again and fails. Here the
 * write lock is taken first (waiting up to the busy timeout), so the second process reads the
 * first one's rows and has nothing left to do. Same table and rows as Drizzle's, so files
 * migrated by either stay compatible.
 */
export function migrateUnderLock(sqlite: Database.Database, migrationsFolder: string): void {
  const migrations = readMigrationFiles({ migrationsFolder });
  const apply = sqlite.transaction(() => {
    sqlite.exec(
      `CREATE TABLE IF NOT EXISTS "${TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
    );
    const last = sqlite.prepare(`SELECT created_at FROM "${TABLE}" ORDER BY created_at DESC LIMIT 1`).pluck().get();
    for (const migration of migrations) {
      if (last !== undefined && Number(last) >= migration.folderMillis) continue;
      for (const statement of migration.sql) sqlite.exec(statement);
      sqlite
        .prepare(`INSERT INTO "${TABLE}" ("hash", "created_at") VALUES (?, ?)`)
        .run(migration.hash, migration.folderMillis);
    }
  });
  apply.immediate();
}
