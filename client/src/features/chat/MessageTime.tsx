import { Show } from 'solid-js';
import { formatDate } from '../../i18n/index.js';

/** When a message was written [CHATUI6]: the short local time shown, the whole date on hover and in `datetime`. */
export function MessageTime(props: { at: string; class?: string }) {
  const short = () => formatDate(props.at, { timeStyle: 'short' });
  return (
    <Show when={short()}>
      <time
        datetime={props.at}
        title={formatDate(props.at, { dateStyle: 'full', timeStyle: 'short' })}
        class={`text-xs font-normal text-ink-soft ${props.class ?? ''}`}
      >
        {short()}
      </time>
    </Show>
  );
}
