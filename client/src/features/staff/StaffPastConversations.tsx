import { A } from '@solidjs/router';
import { createUniqueId, For, Show } from 'solid-js';
import type { ChatSummary } from '../../../../shared/chat.js';
import { formatDate, t } from '../../i18n/index.js';
import { watchedPast } from './staff-conversation.store.js';

const statusWords = (chat: ChatSummary) =>
  chat.status === 'staff'
    ? t('staff.status.staff', { name: chat.assigneeName ?? '' })
    : t(`staff.status.${chat.status}`);

/** The shopper's other conversations (newest first), beside their orders: each opens on the desk. */
export function StaffPastConversations() {
  const id = createUniqueId();
  return (
    <section aria-labelledby={id} class="space-y-2 rounded-2xl border border-line p-3">
      <h3 id={id} class="font-bold text-ink">
        {t('deskSearch.history.heading')}
      </h3>
      <Show
        when={watchedPast().length > 0}
        fallback={<p class="text-sm text-ink-soft">{t('deskSearch.history.empty')}</p>}
      >
        <ul class="space-y-1 text-sm">
          <For each={watchedPast()}>
            {(chat) => (
              <li>
                <A
                  href={`/staff/chats/${chat.id}`}
                  class="block rounded-lg px-2 py-1.5 hover:bg-mist focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent"
                >
                  <span class="block truncate font-semibold text-ink">
                    {chat.title || t('deskSearch.history.untitled')}
                  </span>
                  <span class="block text-xs text-ink-soft">
                    {t('deskSearch.history.meta', {
                      status: statusWords(chat),
                      date: formatDate(chat.updatedAt, { dateStyle: 'medium' }),
                    })}
                  </span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
