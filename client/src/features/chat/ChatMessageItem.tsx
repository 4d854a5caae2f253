import { For, Match, Show, Switch } from 'solid-js';
import type { ChatMessage, EnglishRendering } from '../../../../shared/chat.js';
import { t } from '../../i18n/index.js';
import { Markdown } from './Markdown.js';
import { ChatCardView } from './ChatCards.js';
import { MessageTime } from './MessageTime.js';

const Cursor = () => (
  <span aria-hidden="true" class="caret ml-0.5 inline-block h-4 w-2 translate-y-0.5 rounded-sm bg-accent" />
);

function speaker(message: ChatMessage, staffView = false): string {
  if (message.role === 'staff')
    return message.author ? t('chat.role.staff', { name: message.author }) : t('chat.role.staffAnonymous');
  if (message.role === 'user') return staffView ? t('chat.role.shopper') : t('chat.role.user');
  if (message.role === 'system') return t('chat.role.system');
  return t('chat.role.assistant');
}

function MessageCards(props: { message: ChatMessage; readOnly?: boolean }) {
  return (
    <div class="space-y-2">
      <For each={props.message.cards}>
        {(card) => <ChatCardView card={card} messageId={props.message.id} readOnly={props.readOnly} />}
      </For>
    </div>
  );
}

/** [LANG7] Staff: the exchange as the built-in engine read and wrote it, in English, folded away. */
function InEnglish(props: { english: EnglishRendering }) {
  return (
    <details class="rounded-lg border border-line px-3 py-2 text-sm text-ink-soft">
      <summary class="cursor-pointer rounded font-medium text-ink focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent">
        {t('staff.conversation.english')}
      </summary>
      <dl class="mt-2 space-y-2">
        <dt class="text-xs font-semibold">{t('staff.conversation.englishQuestion')}</dt>
        <dd lang="en" class="whitespace-pre-wrap break-words">
          {props.english.question}
        </dd>
        <dt class="text-xs font-semibold">{t('staff.conversation.englishAnswer')}</dt>
        <dd lang="en">
          <Markdown source={props.english.answer} />
        </dd>
      </dl>
    </details>
  );
}

/**
 * One message: the shopper's on the right, everyone else's on the left, system notes centred.
 * `staffView`: as the staff console shows it (the shopper is "Shopper", cards cannot be answered).
 */
export function ChatMessageItem(props: { message: ChatMessage; staffView?: boolean }) {
  const m = () => props.message;
  const failure = () => {
    const error = m().error;
    return error ? t(`errors.answer.${error.code}`) : t('chat.failed');
  };
  return (
    <Switch>
      <Match when={m().role === 'system' && m().cards.length > 0}>
        {/* A card from the shop itself (the rating card after a resolution). */}
        <li class="mx-auto w-full max-w-[92%]">
          <MessageCards message={m()} readOnly={props.staffView} />
        </li>
      </Match>
      <Match when={m().role === 'system'}>
        <li class="mx-auto max-w-[90%] rounded-lg bg-mist px-3 py-2 text-center text-sm text-ink-soft">
          <span class="sr-only">{speaker(m(), props.staffView)}: </span>
          {m().content}
        </li>
      </Match>
      <Match when={m().role === 'user'}>
        <li class="ml-auto flex max-w-[85%] flex-col items-end gap-1">
          <p class="rounded-2xl rounded-br-sm bg-ink px-3.5 py-2 text-[0.9375rem] leading-6 whitespace-pre-wrap break-words text-white">
            <span class="sr-only">{speaker(m(), props.staffView)}: </span>
            {m().content}
          </p>
          <MessageTime at={m().createdAt} />
        </li>
      </Match>
      <Match when={true}>
        <li class="max-w-[92%] space-y-2" aria-busy={m().status === 'streaming' ? 'true' : undefined}>
          <p class={`text-xs font-semibold ${m().role === 'staff' ? 'text-accent-strong' : 'text-ink-soft'}`}>
            {speaker(m(), props.staffView)}
            <span aria-hidden="true"> · </span>
            <MessageTime at={m().createdAt} />
          </p>
          <Show when={m().content || m().status === 'streaming'}>
            <div
              class={`rounded-2xl rounded-tl-sm px-3.5 py-2 text-[0.9375rem] leading-6 text-ink ${m().role === 'staff' ? 'bg-accent-soft' : 'bg-mist'}`}
            >
              <Markdown source={m().content} cursor={m().status === 'streaming' ? <Cursor /> : undefined} />
              <Show when={m().status === 'streaming' && !m().content}>
                <span class="sr-only">{t('chat.streaming')}</span>
              </Show>
            </div>
          </Show>
          <Show when={m().cards.length > 0}>
            <MessageCards message={m()} readOnly={props.staffView} />
          </Show>
          <Show when={props.staffView && m().english}>{(english) => <InEnglish english={english()} />}</Show>
          <Show when={m().status === 'stopped'}>
            <p class="text-xs text-ink-soft">{t('chat.stopped')}</p>
          </Show>
          <Show when={m().status === 'error'}>
            <p class="text-sm font-medium text-danger">{failure()}</p>
          </Show>
        </li>
      </Match>
    </Switch>
  );
}
