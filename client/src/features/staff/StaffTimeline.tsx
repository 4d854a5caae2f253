import { Index, Show } from 'solid-js';
import type { StaffNote } from '../../../../shared/staff.js';
import { formatDate, t } from '../../i18n/index.js';
import { ChatMessageItem } from '../chat/ChatMessageItem.js';
import { watchedTimeline } from './staff-conversation.store.js';
import type { TimelineItem } from './staff-timeline.js';

export function LockIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      class="size-4 shrink-0"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <rect x="5" y="11" width="14" height="9" rx="2" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" />
    </svg>
  );
}

/** An internal note in the timeline: amber, a lock, and said to be staff-only in words too ([NOTE4]). */
export function StaffNoteItem(props: { note: StaffNote }) {
  return (
    <li class="w-full max-w-[92%] rounded-2xl border border-amber-300 bg-amber-50 px-3.5 py-2 text-amber-950">
      <p class="flex items-center gap-1.5 text-xs font-semibold">
        <LockIcon />
        {t('staffDesk.note.label')}
      </p>
      <p class="mt-1 text-[0.9375rem] leading-6 whitespace-pre-wrap break-words">{props.note.content}</p>
      <p class="mt-1 text-xs text-amber-900">
        {t('staffDesk.note.by', {
          name: props.note.author,
          time: formatDate(props.note.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </p>
    </li>
  );
}

const noteOf = (item: TimelineItem) => (item.kind === 'note' ? item.note : undefined);
const messageOf = (item: TimelineItem) => (item.kind === 'message' ? item.message : undefined);

/** The watched conversation's messages with its notes among them, by time (inside the transcript's list). */
export function StaffTimeline() {
  // Index, not For: a streaming message is a new object on every delta; its row must stay.
  return (
    <Index each={watchedTimeline()}>
      {(item) => (
        <Show when={noteOf(item())} fallback={<ChatMessageItem message={messageOf(item())!} staffView />}>
          {(note) => <StaffNoteItem note={note()} />}
        </Show>
      )}
    </Index>
  );
}
