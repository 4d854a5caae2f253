import { For, onMount, Show } from 'solid-js';
import { formatDate, t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { chatList, loadChatList, openPastConversation } from './chat.store.js';

/** Every conversation of the shopper, newest first; one opens read-only (or as it is, if current). */
export function PastConversations(props: { headingId: string; onBack: () => void; onOpened: () => void }) {
  onMount(() => void loadChatList());
  async function open(id: number) {
    if (await openPastConversation(id)) props.onOpened();
  }
  return (
    <section aria-labelledby={props.headingId} class="min-h-0 flex-1 overflow-y-auto px-4 py-4">
      <div class="mb-3 flex items-center justify-between gap-2">
        <h3 id={props.headingId} class="text-base font-semibold text-ink">
          {t('chat.pastHeading')}
        </h3>
        <Button variant="quiet" class="min-h-9 px-2" onClick={() => props.onBack()}>
          {t('chat.backToChat')}
        </Button>
      </div>
      <Show when={chatList()} fallback={<p class="text-sm text-ink-soft">{t('chat.pastLoading')}</p>}>
        {(list) => (
          <Show when={list().chats.length > 0} fallback={<p class="text-sm text-ink-soft">{t('chat.pastEmpty')}</p>}>
            <ul class="space-y-2">
              <For each={list().chats}>
                {(chat) => (
                  <li>
                    <button
                      type="button"
                      onClick={() => void open(chat.id)}
                      class="w-full rounded-xl border border-line px-3 py-2.5 text-left hover:border-ink/40 hover:bg-mist"
                    >
                      <span class="flex items-center justify-between gap-2">
                        <span class="truncate font-semibold text-ink">{chat.title || t('chat.untitled')}</span>
                        <Show when={chat.id === list().currentChatId}>
                          <span class="shrink-0 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent-strong">
                            {t('chat.currentTag')}
                          </span>
                        </Show>
                      </span>
                      <span class="block truncate text-sm text-ink-soft">{chat.lastMessage}</span>
                      <span class="block text-xs text-ink-soft">
                        {t('chat.pastItem', {
                          date: formatDate(chat.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                          count: chat.messageCount,
                        })}
                        {' · '}
                        {t(`chat.departments.${chat.department}`)}
                      </span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}
