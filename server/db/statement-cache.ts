import type Database from 'better-sqlite3';

/** Enough for every query the app builds; dynamic SQL (filters with IN lists) just cycles through. */
const MAX_STATEMENTS = 500;

/**
 * better-sqlite3 compiles SQL on every `prepare()`, and Drizzle prepares every query it runs,
 * so each cart change compiled ~8 statements (0.65 ms per change in a profile of the cart
 * fan-out bench, docs/PERFORMANCE.md). This keeps compiled statements by SQL text,
 * least recently used dropped first. A statement handed out again is reset to the modes a new
 * one has (Drizzle switches `raw` on for some reads), so callers cannot tell the difference.
 * Safe because better-sqlite3 is synchronous: a statement is done before the next use, as
 * long as nobody holds an `iterate()` open across another query (nothing in the app does).
 * Drizzle's prepared queries (prepared.ts) keep the statement they got from here for good, so
 * another query with the same SQL may share it: they set the raw mode themselves at every read.
 */
export function cacheStatements(sqlite: Database.Database, max = MAX_STATEMENTS): void {
  const compile = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source); // re-inserted below: Map order is the recency order
      if (statement.reader) statement.pluck(false).expand(false).raw(false);
    } else {
      statement = compile(source);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}
