import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './client.js';

/** The desk's message search (drizzle/0012): only settled messages are indexed, and kept right as they change. */
test('[SRCH6] an answer is searchable once settled, not while it streams; edits and deletes keep the index right', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vx-search-'));
  const db = openDatabase(join(dir, 'app.db'));
  const sqlite = db.$client;
  try {
    const found = (word: string) =>
      (
        sqlite.prepare('select rowid from chat_message_search where chat_message_search match ?').all(`"${word}"`) as {
          rowid: number;
        }[]
      ).map((r) => r.rowid);
    sqlite
      .prepare(
        "insert into chats (id, session_id, department, created_at, updated_at, current_at) values (1, 's', 'sales', 0, 0, 0)",
      )
      .run();
    const add = sqlite.prepare(
      "insert into chat_messages (chat_id, role, content, status, created_at) values (1, 'assistant', ?, ?, 0) returning id",
    );
    const set = sqlite.prepare('update chat_messages set content = ?, status = ? where id = ?');
    const { id } = add.get('The zebrafish', 'streaming') as { id: number };
    assert.equal(found('zebrafish'), [], 'not while streaming');
    set.run('The zebrafish case is sold out', 'streaming', id); // a checkpoint
    assert.equal(found('zebrafish'), []);
    set.run('The zebrafish case is sold out today', 'complete', id);
    assert.equal([found('zebrafish'), found('today')], [[id], [id]], 'indexed once settled');
    set.run('The marlin case is back', 'complete', id);
    assert.equal([found('zebrafish'), found('marlin')], [[], [id]], 'an edit re-indexes');
    const { id: user } = add.get('Is the marlin case waterproof?', 'complete') as { id: number };
    assert.equal(found('marlin').sort(), [id, user].sort());
    sqlite.prepare('delete from chat_messages where id = ?').run(id);
    assert.equal(found('marlin'), [user], 'a delete unindexes');
    // With no message streaming, the index must equal the messages: FTS5 throws when it does not.
    sqlite.prepare("insert into chat_message_search(chat_message_search) values ('integrity-check')").run();
  } finally {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
