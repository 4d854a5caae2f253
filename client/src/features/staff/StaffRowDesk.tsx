import { For, Show } from 'solid-js';
import type { StaffConversation } from '../../../../shared/staff.js';
import { formatDate, intlLocale, t } from '../../i18n/index.js';
import { otherViewers } from './staff-rules.js';
import { me, staffOnline } from './staff.store.js';

const PRIORITY_TONE = {
  low: 'bg-mist text-ink-soft',
  high: 'bg-amber-100 text-amber-900',
  urgent: 'bg-danger-soft text-danger',
};
const initials = (name: string) => name.slice(0, 2).toUpperCase();
export const names = (list: readonly { name: string }[]) =>
  new Intl.ListFormat(intlLocale()).format(list.map((v) => v.name));
export const snoozeTime = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });

/** Who else has it open: initials, a ring while typing; the words for screen readers. */
export function ViewerInitials(props: { row: StaffConversation }) {
  const others = () => otherViewers(props.row, me());
  return (
    <Show when={others().length > 0}>
      <span class="inline-flex items-center gap-0.5">
        <span class="sr-only">{t('triage.viewersLabel', { names: names(others()) })}</span>
        <For each={others()}>
          {(v) => (
            <span
              aria-hidden="true"
              title={v.name}
              class={`inline-flex size-6 items-center justify-center rounded-full bg-ink text-[0.65rem] font-bold text-white ${v.typing ? 'ring-2 ring-accent' : ''}`}
            >
              {initials(v.name)}
            </span>
          )}
        </For>
      </span>
    </Show>
  );
}

/** A list row's desk facts: priority (unless normal), status (unless open), assignee, tags, viewers. */
export function StaffRowDesk(props: { row: StaffConversation }) {
  const r = () => props.row;
  const assigneeOnline = () => staffOnline().some((m) => m.id === r().assignee?.id);
  return (
    <span class="flex flex-wrap items-center gap-1.5 text-xs">
      <Show when={r().priority !== 'normal' && r().priority}>
        {(p) => (
          <span class={`rounded-full px-2 py-0.5 font-semibold ${PRIORITY_TONE[p() as keyof typeof PRIORITY_TONE]}`}>
            {t(`triage.priority.${r().priority}`)}
          </span>
        )}
      </Show>
      <Show when={r().deskStatus === 'pending' || r().deskStatus === 'snoozed'}>
        <span class="rounded-full bg-mist px-2 py-0.5 font-semibold text-ink-soft">
          {r().deskStatus === 'snoozed' && r().snoozedUntil
            ? t('triage.snoozedUntil', { time: snoozeTime(r().snoozedUntil!) })
            : t(`triage.deskStatus.${r().deskStatus}`)}
        </span>
      </Show>
      <Show when={r().assignee}>
        {(a) => (
          <span class="inline-flex items-center gap-1 text-ink-soft">
            <span aria-hidden="true" class={`size-2 rounded-full ${assigneeOnline() ? 'bg-accent' : 'bg-line'}`} />
            {t('triage.assignedTo', {
              name: assigneeOnline() ? a().name : t('triage.assigneeOffline', { name: a().name }),
            })}
          </span>
        )}
      </Show>
      <For each={r().tags}>
        {(tag) => <span class="rounded-md border border-line px-1.5 py-0.5 text-ink-soft">#{tag}</span>}
      </For>
      <ViewerInitials row={r()} />
    </span>
  );
}
