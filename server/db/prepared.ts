import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DbLike } from './client.js';

/**
 * Queries prepared once per database (SPEC [HOT1]): Drizzle builds a query object and its SQL on
 * every call otherwise, which the profiles in docs/PERFORMANCE.md show on every per-request path.
 * `build` runs on the first call for a database, with whichever handle that call has; the queries
 * are kept for the database and all its transactions, because Drizzle's prepared queries on
 * better-sqlite3 hold a statement of the one connection, and a transaction (`BEGIN IMMEDIATE`,
 * savepoints inside) is a state of that connection: a prepared query run inside it sees its writes
 * and is rolled back with it.
 *
 * Only builder queries with a result shape (select, `returning`) or none (run) belong here: they
 * set their statement's raw mode themselves on every read, so sharing the statement with the
 * statement cache (statement-cache.ts) is safe.
 */
export function preparedPer<P>(build: (db: DbLike) => P): (db: DbLike) => P {
  const byDatabase = new WeakMap<object, P>();
  return (db) => {
    const key = sessionOf(db);
    let prepared = byDatabase.get(key);
    if (prepared === undefined) {
      prepared = build(db);
      byDatabase.set(key, prepared);
    }
    return prepared;
  };
}

/**
 * Drizzle's session: one per `drizzle()` database, the same object in its transactions and their
 * savepoints (`BaseSQLiteDatabase.session`, public at run time but not in Drizzle's types).
 * prepared.test.ts checks that a transaction finds its database's queries.
 */
function sessionOf(db: DbLike): object {
  const session = (db as unknown as { session?: object }).session;
  if (!session) throw new Error('Prepared queries need a Drizzle database or transaction');
  return session;
}

/** Placeholders for a row's columns, one per key given, and the values to run them with. */
export interface Shaped {
  /** Column key → placeholder, for `insert().values()` or `update().set()`. */
  placeholders: Record<string, SQL>;
  /** Placeholder name → the value as the driver takes it. */
  params: Record<string, unknown>;
}

/**
 * Inserts and updates whose columns vary by caller (a message with or without a client id): one
 * prepared query per set of columns given, built by `build` from their placeholders. Values are
 * encoded here with each column's own mapping, and null stays null: Drizzle encodes a placeholder
 * in a JSON column itself, but turns null into the text 'null'. Columns not given keep what
 * `build` says (an insert's schema defaults, which are constants here).
 */
export function preparedByShape<P>(
  table: SQLiteTable,
  build: (db: DbLike, placeholders: Record<string, SQL>) => P,
): (db: DbLike, values: Record<string, unknown>) => { prepared: P; params: Record<string, unknown> } {
  const columns = getTableColumns(table);
  const shapes = preparedPer(() => new Map<string, P>());
  return (db, values) => {
    const keys = Object.keys(values)
      .filter((key) => values[key] !== undefined)
      .sort();
    const byShape = shapes(db);
    const shape = keys.join(',');
    let prepared = byShape.get(shape);
    if (prepared === undefined) {
      const placeholders = Object.fromEntries(keys.map((key) => [key, sql`${sql.placeholder(`v_${key}`)}`]));
      prepared = build(db, placeholders);
      byShape.set(shape, prepared);
    }
    const params: Record<string, unknown> = {};
    for (const key of keys) {
      const column = columns[key];
      if (!column) throw new Error(`No column ${key} in ${String(table)}`);
      const value = values[key];
      params[`v_${key}`] = value === null ? null : column.mapToDriverValue(value);
    }
    return { prepared, params };
  };
}
