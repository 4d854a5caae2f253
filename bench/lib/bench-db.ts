import Database from 'better-sqlite3';

/**
 * Test data set-up on the running server's database file, from the bench process (WAL lets
 * a second connection in). Only before the measured part: it is not a path being measured.
 */
export function withDatabase<T>(file: string, use: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    return use(db);
  } finally {
    db.close();
  }
}

/** Variant ids with at least `min` in stock, lowest id first. */
export const variantsInStock = (file: string, min: number): number[] =>
  withDatabase(file, (db) =>
    (db.prepare('select id from variants where stock >= ? order by id').all(min) as { id: number }[]).map((r) => r.id),
  );

/** Give every variant `stock` units, so a throughput run never meets "sold out". */
export const restockAll = (file: string, stock: number): void =>
  void withDatabase(file, (db) => db.prepare('update variants set stock = ?').run(stock));
