import { createEffect, createMemo, For, Index, on, Show } from 'solid-js';
import { t, type MessageKey } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import {
  chatIsCurrent,
  chatMessages,
  continueConversation,
  discardMessage,
  hasPastConversation,
  outgoingMessages,
  resendMessage,
  retryAnswer,
  streaming,
} from './chat.store.js';
import { ChatMessageItem } from './ChatMessageItem.js';
import { REPLY_BUTTON, sendReply } from './reply-buttons.js';

const SUGGESTIONS: readonly MessageKey[] = [
  'chat.suggestions.camera',
  'chat.suggestions.order',
  'chat.suggestions.charge',
  'chat.suggestions.returns',
];

function EmptyState() {
  return (
    <div class="space-y-4">
      <p class="rounded-2xl rounded-tl-sm bg-mist px-3.5 py-2 text-[0.9375rem] leading-6 text-ink">
        {t('chat.welcome')}
      </p>
      <Show when={hasPastConversation()}>
        <Button variant="secondary" class="w-full" onClick={() => void continueConversation()}>
          {t('chat.continueLast')}
        </Button>
      </Show>
      <div role="group" aria-label={t('chat.suggestionsLabel')} class="flex flex-wrap gap-2">
        <For each={SUGGESTIONS}>
          {(key) => (
            <button type="button" onClick={(event) => sendReply(event, t(key))} class={REPLY_BUTTON}>
              {t(key)}
            </button>
          )}
        </For>
      </div>
    </div>
  );
}

/** The conversation: its messages, the shopper's messages still on their way, and Retry. */
export function ChatMessageList() {
  let scroller: HTMLDivElement | undefined;
  const shown = createMemo(() => chatMessages().filter((m) => m.role !== 'tool'));
  const last = () => shown().at(-1);
  const canRetry = () => {
    const message = last();
    return (
      chatIsCurrent() &&
      !streaming() &&
      message?.role === 'assistant' &&
      (message.status === 'error' || message.status === 'stopped')
    );
  };

  // Follow new text while the reader is near the bottom; leave them be when they scrolled up.
  let pinned = true;
  const onScroll = () => {
    if (scroller) pinned = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
  };
  createEffect(
    on([shown, outgoingMessages], () => {
      if (scroller && pinned) scroller.scrollTop = scroller.scrollHeight;
    }),
  );

  return (
    <div ref={scroller} onScroll={onScroll} class="min-h-0 flex-1 overflow-y-auto overscroll-contain px-4 py-4">
      <Show when={shown().length > 0 || outgoingMessages().length > 0} fallback={<EmptyState />}>
        <ol aria-label={t('chat.messages')} class="flex flex-col gap-4">
          <Index each={shown()}>{(message) => <ChatMessageItem message={message()} />}</Index>
          <For each={outgoingMessages()}>
            {(out) => (
              <li class="ml-auto flex max-w-[85%] flex-col items-end gap-1">
                <p class="rounded-2xl rounded-br-sm bg-ink/80 px-3.5 py-2 text-[0.9375rem] leading-6 whitespace-pre-wrap break-words text-white">
                  <span class="sr-only">{t('chat.role.user')}: </span>
                  {out.text}
                </p>
                <Show when={out.state === 'failed'} fallback={<p class="text-xs text-ink-soft">{t('chat.sending')}</p>}>
                  <p class="text-right text-xs font-medium text-danger">
                    {t('chat.notSent')} {out.error}
                  </p>
                  <div class="flex gap-2">
                    <Button
                      variant="secondary"
                      class="min-h-9 px-3 text-xs"
                      onClick={() => resendMessage(out.clientId)}
                    >
                      {t('chat.resend')}
                    </Button>
                    <Button variant="quiet" class="min-h-9 px-3 text-xs" onClick={() => discardMessage(out.clientId)}>
                      {t('chat.discard')}
                    </Button>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ol>
        <Show when={canRetry()}>
          <div class="mt-3">
            <Button variant="secondary" class="min-h-9 px-4" onClick={() => void retryAnswer()}>
              {t('chat.retry')}
            </Button>
          </div>
        </Show>
      </Show>
    </div>
  );
}
