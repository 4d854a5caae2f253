import * as assert from 'uvu/assert';
import type { MessageSeen } from './chat-view.js';

/**
 * [CHAOS3] A conversation as a tab was shown it on catching up (chat:current), checked between the
 * rows stored just before the tab asked and just after the answer arrived: the server read it in
 * between, and other processes go on writing meanwhile (an answer streams on, ends, or is marked
 * interrupted; a message the tab sent on a connection it then closed is stored by the worker that
 * took it). So:
 * - every message stored before is shown, and every message shown is stored;
 * - a message stored since and not shown comes after every shown one;
 * - a message shown as ended is stored exactly so;
 * - an answer shown as streaming was not ended before, and its text and the stored one are one
 *   answer's beginnings (the stored checkpoint may be behind the text so far or, written since, ahead),
 *   unless it has been marked interrupted since.
 */
export function assertCaughtUp(who: string, before: MessageSeen[], shown: MessageSeen[], after: MessageSeen[]): void {
  const earlier = new Map(before.map((m) => [m.id, m]));
  const later = new Map(after.map((m) => [m.id, m]));
  const shownIds = new Set(shown.map((m) => m.id));
  for (const m of before)
    assert.ok(shownIds.has(m.id), `${who}: message ${m.id}, stored before the catch-up, not shown`);
  const lastShown = Math.max(0, ...shownIds);
  for (const m of after) {
    if (shownIds.has(m.id)) continue;
    assert.ok(m.id > lastShown, `${who}: message ${m.id} not shown, though message ${lastShown} after it was`);
  }
  for (const m of shown) {
    const stored = later.get(m.id);
    assert.ok(stored, `${who}: message ${m.id} shown but not stored`);
    if (m.status !== 'streaming') {
      assert.equal(m, stored, `${who}: message ${m.id} as shown and as stored`);
      continue;
    }
    const was = earlier.get(m.id);
    assert.ok(!was || was.status === 'streaming', `${who}: message ${m.id} shown streaming after it had ended`);
    assert.equal([m.role, m.error], [stored.role, null], `${who}: message ${m.id}`);
    if (stored.error === 'interrupted') continue;
    const oneAnswer =
      stored.status === 'streaming'
        ? m.content.startsWith(stored.content) || stored.content.startsWith(m.content)
        : stored.status === 'complete' && stored.content.startsWith(m.content);
    assert.ok(
      oneAnswer,
      `${who}: message ${m.id} shown streaming "${m.content}", stored ${stored.status} "${stored.content}"`,
    );
  }
}
