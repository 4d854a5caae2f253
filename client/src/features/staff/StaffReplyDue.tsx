import { Show } from 'solid-js';
import type { StaffConversation } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';
import { durationWords } from './metrics-words.js';
import { isOverdue } from './staff-rules.js';
import { now } from './staff.store.js';

/**
 * When a person's reply is due ([DUE3]): "Reply due in 12 min", or past it a marked "Overdue by
 * 4 min" label (words and an icon, not colour alone). Ticks with the console's clock.
 */
export function StaffReplyDue(props: { row: StaffConversation }) {
  const due = () => (props.row.replyDueAt ? Date.parse(props.row.replyDueAt) : null);
  return (
    <Show when={due()}>
      {(at) => (
        <Show
          when={isOverdue(props.row, now())}
          fallback={<span class="tabular-nums">{t('staff.due.dueIn', { time: durationWords(at() - now()) })}</span>}
        >
          <span class="inline-flex items-center gap-1 rounded-full bg-danger-soft px-2 py-0.5 font-semibold text-danger tabular-nums">
            <svg viewBox="0 0 16 16" class="size-3.5" aria-hidden="true" fill="currentColor">
              <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.75 3.5h1.5v4.25h-1.5V4.5Zm0 5.5h1.5v1.5h-1.5V10Z" />
            </svg>
            {t('staff.due.overdue', { time: durationWords(now() - at()) })}
          </span>
        </Show>
      )}
    </Show>
  );
}
