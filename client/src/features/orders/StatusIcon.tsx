import { Match, Switch } from 'solid-js';

export type StatusIconKind = 'done' | 'current' | 'upcoming' | 'cancelled';

/**
 * The shape says what the colour also says, so the state is clear without colour: a tick for
 * done, a dot for where the order is now, an empty dashed ring for what is to come, a cross
 * for cancelled.
 */
export function StatusIcon(props: { kind: StatusIconKind; class?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" class={props.class ?? 'size-6'}>
      <Switch>
        <Match when={props.kind === 'done'}>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path
            d="m7 12.5 3.2 3.2L17 9"
            fill="none"
            stroke="#fff"
            stroke-width="2.2"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </Match>
        <Match when={props.kind === 'current'}>
          <circle cx="12" cy="12" r="10" fill="#fff" stroke="currentColor" stroke-width="2.5" />
          <circle cx="12" cy="12" r="5" fill="currentColor" />
        </Match>
        <Match when={props.kind === 'upcoming'}>
          <circle cx="12" cy="12" r="10" fill="#fff" stroke="currentColor" stroke-width="1.8" stroke-dasharray="3 3" />
        </Match>
        <Match when={props.kind === 'cancelled'}>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path d="m8.5 8.5 7 7m0-7-7 7" stroke="#fff" stroke-width="2.2" stroke-linecap="round" />
        </Match>
      </Switch>
    </svg>
  );
}
