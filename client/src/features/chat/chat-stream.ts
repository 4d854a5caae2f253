import type { ChatDelta, ChatMessage, ChatTranscript } from '../../../../shared/chat.js';

/**
 * The conversation on screen and the answer streaming into it, as pure steps (docs/ARCHITECTURE.md §3:
 * delivery is at most once, so every delta carries a sequence number and a gap means re-sync).
 *
 * - A delta applies only when `seq === lastSeq + 1`; `seq <= lastSeq` is a repeat and ignored;
 *   a larger `seq`, or a delta for a message we do not hold, is a gap: ask for the transcript.
 * - While a transcript is being fetched, pushes are held and replayed on top of its answer,
 *   so a tab that opens or reconnects mid-answer continues without gaps or repeats.
 * - done, error and updated replace the message with the stored one.
 */
export interface StreamView {
  chatId: number | null;
  /** Oldest first, by id. */
  messages: readonly ChatMessage[];
  /** Non-null while a transcript is on its way: the pushes that arrived meanwhile. */
  held: readonly ChatPush[] | null;
}

export type ChatPush =
  | { kind: 'added' | 'done' | 'error' | 'updated'; chatId: number; message: ChatMessage }
  | { kind: 'delta'; delta: ChatDelta };

export interface StreamStep {
  view: StreamView;
  /** A gap was found: fetch the transcript again (`chat:open`). */
  resync: boolean;
  /** A message worth announcing politely: an answer that ended, a staff or system message. */
  announce: ChatMessage | null;
}

export const EMPTY_VIEW: StreamView = { chatId: null, messages: [], held: null };

const step = (view: StreamView, resync = false, announce: ChatMessage | null = null): StreamStep => ({
  view,
  resync,
  announce,
});

const lastSeqOf = (message: ChatMessage): number => message.seq ?? 0;

/**
 * A streaming copy older than the one held (a late ack, a repeated start) keeps the held text;
 * only the states of its proposal cards are taken (a proposal answered mid-answer).
 */
function mergeStreaming(held: ChatMessage, incoming: ChatMessage): ChatMessage {
  if (lastSeqOf(incoming) >= lastSeqOf(held)) return incoming;
  let changed = false;
  const cards = held.cards.map((card) => {
    if (card.kind !== 'cart-proposal') return card;
    const answered = incoming.cards.find((c): c is typeof card => c.kind === 'cart-proposal' && c.id === card.id);
    if (!answered || answered.state === card.state) return card;
    changed = true;
    return answered;
  });
  return changed ? { ...held, cards } : held;
}

/** Put `message` in its place by id; a stored (final) message always wins over a streaming copy. */
export function upsertMessage(view: StreamView, message: ChatMessage): StreamView {
  const index = view.messages.findIndex((m) => m.id === message.id);
  if (index < 0) {
    const messages = [...view.messages, message].sort((a, b) => a.id - b.id);
    return { ...view, messages };
  }
  const held = view.messages[index]!;
  let next = message;
  if (message.status === 'streaming') {
    if (held.status !== 'streaming') return view;
    next = mergeStreaming(held, message);
  }
  if (next === held) return view;
  const messages = view.messages.slice();
  messages[index] = next;
  return { ...view, messages };
}

function applyDelta(view: StreamView, delta: ChatDelta): StreamStep {
  const index = view.messages.findIndex((m) => m.id === delta.messageId);
  if (index < 0) return step(view, true);
  const message = view.messages[index]!;
  if (message.status !== 'streaming') return step(view);
  const lastSeq = lastSeqOf(message);
  if (delta.seq <= lastSeq) return step(view);
  if (delta.seq > lastSeq + 1) return step(view, true);
  const next: ChatMessage =
    delta.kind === 'text'
      ? { ...message, content: message.content + delta.text, seq: delta.seq }
      : { ...message, cards: [...message.cards, delta.card], seq: delta.seq };
  const messages = view.messages.slice();
  messages[index] = next;
  return step({ ...view, messages });
}

const announced = (message: ChatMessage): boolean => message.role === 'staff' || message.role === 'system';

/** A push applied to a view that is not waiting for a transcript. */
function applyLive(view: StreamView, push: ChatPush): StreamStep {
  const chatId = push.kind === 'delta' ? push.delta.chatId : push.chatId;
  if (chatId !== view.chatId) return step(view);
  switch (push.kind) {
    case 'delta':
      return applyDelta(view, push.delta);
    case 'added': {
      const isNew = !view.messages.some((m) => m.id === push.message.id);
      return step(upsertMessage(view, push.message), false, isNew && announced(push.message) ? push.message : null);
    }
    case 'done':
    case 'error': {
      const message: ChatMessage =
        push.kind === 'error' && push.message.status === 'streaming'
          ? { ...push.message, status: 'error' }
          : push.message;
      return step(upsertMessage(view, message), false, message.role === 'assistant' ? message : null);
    }
    case 'updated':
      return step(upsertMessage(view, push.message));
  }
}

/** A push as it arrives: held while a transcript is on its way, applied otherwise. */
export function applyPush(view: StreamView, push: ChatPush): StreamStep {
  if (view.held) return step({ ...view, held: [...view.held, push] });
  return applyLive(view, push);
}

function replay(view: StreamView, pushes: readonly ChatPush[]): StreamStep {
  let result = step(view);
  for (const push of pushes) {
    const next = applyLive(result.view, push);
    result = step(next.view, result.resync || next.resync, next.announce ?? result.announce);
  }
  return result;
}

/** A transcript was asked for: hold pushes until it arrives. */
export function startSync(view: StreamView): StreamView {
  return view.held ? view : { ...view, held: [] };
}

/** The transcript arrived (null: there is no current conversation): show it, then replay what was held. */
export function applyTranscript(view: StreamView, transcript: ChatTranscript | null): StreamStep {
  const base: StreamView = {
    chatId: transcript?.chat.id ?? null,
    messages: [...(transcript?.messages ?? [])].sort((a, b) => a.id - b.id),
    held: null,
  };
  return replay(base, view.held ?? []);
}

/** The transcript request failed: keep what is shown and replay what was held. */
export function endSync(view: StreamView): StreamStep {
  return replay({ ...view, held: null }, view.held ?? []);
}

/** The message being streamed into the view, if any. */
export function streamingMessage(view: StreamView): ChatMessage | null {
  return view.messages.findLast((m) => m.status === 'streaming') ?? null;
}
