import { createSignal } from 'solid-js';
import type { SavedReply, SavedReplyFill, SavedReplySaveInput } from '../../../../shared/saved-replies.js';
import type { ClientResult } from '../../../../shared/result.js';
import { request, socket } from '../../lib/socket.js';

/**
 * The team's saved replies ([SAVED1]): loaded once, then kept by the server's pushes (each change
 * sends the whole, capped list to every desk), and loaded again after a reconnect.
 */
const [replies, setReplies] = createSignal<SavedReply[]>([]);
const [phase, setPhase] = createSignal<'idle' | 'loading' | 'ready' | 'failed'>('idle');

export const savedReplies = replies;
export const savedRepliesPhase = phase;

async function load(): Promise<void> {
  setPhase('loading');
  const result = await request('staff:saved-replies', {});
  if (result.ok) setReplies(result.data);
  setPhase(result.ok ? 'ready' : 'failed');
}

let listening = false;
/** Start following the list (idempotent): every desk component that shows replies calls it. */
export function useSavedReplies(): void {
  if (listening) return;
  listening = true;
  socket.on('staff:saved-replies-changed', (list) => {
    setReplies(list);
    setPhase('ready');
  });
  socket.on('connect', () => void load());
  void load();
}

/** Create (no id) or edit; the ack's reply is shown at once, the push then brings the whole list. */
export async function saveSavedReply(input: SavedReplySaveInput): Promise<ClientResult<SavedReply>> {
  const result = await request('staff:saved-reply-save', input);
  if (result.ok) {
    const saved = result.data;
    setReplies((list) =>
      [...list.filter((r) => r.id !== saved.id), saved].sort((a, b) =>
        a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
      ),
    );
  }
  return result;
}

export async function deleteSavedReply(id: number): Promise<ClientResult<null>> {
  const result = await request('staff:saved-reply-delete', { id });
  if (result.ok) setReplies((list) => list.filter((r) => r.id !== id));
  return result;
}

/** Filled on the server, from the conversation as it is now (see server/features/staff/saved-replies.ts). */
export const fillSavedReply = (chatId: number, savedReplyId: number): Promise<ClientResult<SavedReplyFill>> =>
  request('staff:saved-reply-fill', { chatId, savedReplyId });
