import { withDatabase } from './bench-db.js';

const DAY = 24 * 60 * 60_000;
const SHOPPERS = 1000;
const TAGS = ['delivery', 'refund', 'warranty', 'vip', 'billing', 'screen'];
const LINES = [
  'Where is my order? It said two days.',
  'Your order VX-3F9K2QPL left the warehouse this morning.',
  'Can I change the colour of the case?',
  'Yes, until it is packed you can change it on the order page.',
  'The screen flickers when the battery is low.',
  'Please try the display reset in Settings, then tell me if it helps.',
  'Do you ship to Norway?',
  'We ship to every EU and EEA country; express takes two working days.',
];

/**
 * The stored history a desk works over: `count` conversations of the last 30 days, one shopper
 * account per five, with 3–10 messages each; 90 % closed (5 % of all within the last day, so
 * the list's "closed today" part is full), the rest open, pending or snoozed; every fifth
 * tagged, every tenth with an internal note and a rating, every twentieth shopper with an order,
 * every fiftieth conversation with an open callback request. Plain SQL in one transaction (the
 * FTS triggers run as usual): this is set-up, not a path being measured. Deterministic.
 */
export function seedDeskHistory(dbFile: string, count: number, now: number) {
  return withDatabase(dbFile, (db) => {
    const user = db.prepare(
      "insert into users (email, name, password_hash, role, created_at, password_changed_at) values (?, ?, 'x', 'shopper', ?, ?)",
    );
    const chat = db.prepare(`insert into chats (user_id, session_id, department, status, title, created_at, updated_at,
      current_at, closed_at, resolution, desk_status, snoozed_until, priority, staff_joined_at, assignee_name)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const message = db.prepare(`insert into chat_messages (chat_id, role, content, status, cards, tool_calls,
      author_name, created_at, completed_at) values (?, ?, ?, 'complete', '[]', '[]', ?, ?, ?)`);
    const tag = db.prepare('insert into chat_tags (chat_id, tag) values (?, ?)');
    const note = db.prepare(
      "insert into chat_notes (chat_id, author_name, content, created_at) values (?, 'Desk 0', 'Called the courier, back tomorrow.', ?)",
    );
    const rating = db.prepare('insert into chat_ratings (chat_id, message_id, score, created_at) values (?, ?, ?, ?)');
    const callback = db.prepare('insert into callback_requests (chat_id, contact, created_at) values (?, ?, ?)');
    const order = db.prepare(`insert into orders (number, user_id, email, phone, address, shipping_method, status,
      subtotal_cents, shipping_cents, tax_cents, total_cents, card_brand, card_last4, payment_ref, created_at, updated_at)
      values (?, ?, ?, '+4912345678', '{"name":"B","line1":"1 Way","city":"Berlin","postalCode":"10115","country":"DE"}',
      'standard', 'delivered', 49900, 0, 7968, 49900, 'visa', '4242', ?, ?, ?)`);
    let messages = 0;
    db.transaction(() => {
      const userIds: number[] = [];
      for (let u = 0; u < SHOPPERS; u++) {
        const at = now - 60 * DAY;
        userIds.push(Number(user.run(`bench-shopper-${u}@example.com`, `Shopper ${u}`, at, at).lastInsertRowid));
        if (u % 20 === 0)
          order.run(`VX-BENCH${String(u).padStart(4, '0')}`, userIds[u], `s${u}@example.com`, `pay-${u}`, at, at);
      }
      for (let i = 0; i < count; i++) {
        // Every 20th conversation within the last day, the rest spread over 30 days.
        const updated = i % 20 === 0 ? now - ((i * 7919) % DAY) : now - DAY - ((i * 104_729) % (29 * DAY));
        const closed = i % 10 !== 0;
        const desk = closed ? 'resolved' : (['open', 'pending', 'snoozed'] as const)[i % 3]!;
        const id = Number(
          chat.run(
            userIds[i % SHOPPERS],
            `bench-session-${i % SHOPPERS}`,
            (['sales', 'tech', 'service'] as const)[i % 3],
            closed ? 'closed' : 'ai',
            LINES[i % LINES.length]!.slice(0, 40),
            updated - 20 * 60_000,
            updated,
            updated,
            closed ? updated : null,
            closed ? 'Answered.' : null,
            desk,
            desk === 'snoozed' ? now + DAY : null,
            (['low', 'normal', 'normal', 'high', 'urgent'] as const)[i % 5],
            i % 4 === 0 ? updated - 10 * 60_000 : null,
            i % 4 === 0 ? 'Desk 0' : null,
          ).lastInsertRowid,
        );
        const n = 3 + (i % 8);
        let last = 0;
        for (let m = 0; m < n; m++) {
          const at = updated - (n - m) * 60_000;
          const role = m % 2 === 0 ? 'user' : i % 4 === 0 && m > 2 ? 'staff' : 'assistant';
          last = Number(
            message.run(id, role, LINES[(i + m) % LINES.length], role === 'staff' ? 'Desk 0' : null, at, at)
              .lastInsertRowid,
          );
        }
        messages += n;
        if (i % 5 === 0) tag.run(id, TAGS[i % TAGS.length]);
        if (i % 15 === 0) tag.run(id, TAGS[(i + 1) % TAGS.length]);
        if (i % 10 === 0) note.run(id, updated);
        if (i % 10 === 1) rating.run(id, last, 1 + (i % 5), updated);
        if (i % 50 === 0) callback.run(id, `s${i}@example.com`, updated);
      }
    })();
    return { conversations: count, messages, shoppers: SHOPPERS };
  });
}
