import type { ChatMessage } from '../../../../shared/chat.js';
import type { StaffNote } from '../../../../shared/staff.js';

/** One line of the desk's timeline: a message the shopper sees too, or an internal note. */
export type TimelineItem = { kind: 'message'; message: ChatMessage } | { kind: 'note'; note: StaffNote };

/**
 * Messages and notes by time ([NOTE4]). Messages keep their order (a streaming answer's time is
 * its start); a note goes after every message of its time or earlier, notes among themselves by id.
 */
export function mergeTimeline(messages: readonly ChatMessage[], notes: readonly StaffNote[]): TimelineItem[] {
  const sorted = [...notes].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
  const items: TimelineItem[] = [];
  let n = 0;
  for (const message of messages) {
    const at = Date.parse(message.createdAt);
    while (n < sorted.length && Date.parse(sorted[n]!.createdAt) < at) items.push({ kind: 'note', note: sorted[n++]! });
    items.push({ kind: 'message', message });
  }
  for (; n < sorted.length; n++) items.push({ kind: 'note', note: sorted[n]! });
  return items;
}
