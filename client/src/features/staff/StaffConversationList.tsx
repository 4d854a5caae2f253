import { A } from '@solidjs/router';
import { createUniqueId, For, Match, Show, Switch } from 'solid-js';
import type { StaffConversation } from '../../../../shared/staff.js';
import { formatPrice, t } from '../../i18n/index.js';
import { toPlainText } from '../chat/markdown.js';
import { statusOf, waitingText } from './staff-rules.js';
import { provideListOrder } from './desk-commands.js';
import { now, rows } from './staff.store.js';
import { searchActive } from './staff-search.store.js';
import { StaffIntakeBadges } from './StaffIntakeBadges.js';
import { StaffListFilters } from './StaffListFilters.js';
import { StaffRowDesk } from './StaffRowDesk.js';
import { StaffRowMeasures } from './StaffRowMeasures.js';
import { StaffSearch } from './StaffSearch.js';

const STATUS_TONE = {
  ai: 'bg-mist text-ink-soft',
  waiting: 'bg-amber-100 text-amber-900',
  staff: 'bg-accent-soft text-accent-strong',
  closed: 'bg-mist text-ink-soft',
};

export const shopperLabel = (row: StaffConversation) => row.shopperName ?? t('staff.guest');

export function StatusPill(props: { row: StaffConversation }) {
  const status = () => statusOf(props.row);
  return (
    <span
      class={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[status().key]}`}
    >
      {(() => {
        const s = status();
        return s.key === 'staff' ? t('staff.status.staff', { name: s.name }) : t(`staff.status.${s.key}`);
      })()}
    </span>
  );
}

export function OnlineDot(props: { tabs: number }) {
  return (
    <span class="inline-flex items-center gap-1 text-xs text-ink-soft">
      <span aria-hidden="true" class={`size-2 rounded-full ${props.tabs > 0 ? 'bg-accent' : 'bg-line'}`} />
      {props.tabs > 0 ? t('staff.list.online', { count: props.tabs }) : t('staff.list.offline')}
    </span>
  );
}

function Row(props: { row: StaffConversation; selected: boolean }) {
  const r = () => props.row;
  return (
    <li>
      <A
        href={`/staff/chats/${r().chat.id}`}
        aria-current={props.selected ? 'true' : undefined}
        class={`block space-y-1 rounded-xl border px-3 py-2.5 hover:border-ink/40 ${props.selected ? 'border-accent bg-accent-soft/60' : 'border-line bg-white'}`}
      >
        <span class="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span class="font-semibold text-ink">{shopperLabel(r())}</span>
          <span class="text-xs text-ink-soft">{t(`chat.departments.${r().chat.department}`)}</span>
          <StatusPill row={r()} />
          <Show when={r().chat.flagged}>
            <span class="rounded-full bg-danger-soft px-2 py-0.5 text-xs font-semibold text-danger">
              {t('staff.list.frustrated')}
            </span>
          </Show>
          <StaffIntakeBadges row={r()} />
        </span>
        <span class="block truncate text-sm text-ink-soft">
          {toPlainText(r().chat.lastMessage) || t('staff.list.noMessage')}
        </span>
        <span class="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-soft">
          <Show when={r().chat.status === 'waiting' && r().waitingSince}>
            {(since) => (
              <span class="font-semibold text-amber-900 tabular-nums">
                {t('staff.list.waited', { time: waitingText(now() - Date.parse(since())) })}
              </span>
            )}
          </Show>
          <span>
            {r().cartValueCents > 0
              ? t('staff.list.cart', { amount: formatPrice(r().cartValueCents) })
              : t('staff.list.emptyCart')}
          </span>
          <OnlineDot tabs={r().shopperTabs} />
          <StaffRowMeasures row={r()} />
        </span>
        <StaffRowDesk row={r()} />
      </A>
    </li>
  );
}

/** The desk's navigation: the live list under its filters (StaffListFilters), newest waiting first as the server sorts. */
export function StaffConversationList(props: { selected: number | null }) {
  const headingId = createUniqueId();
  const shown = rows; // filtered by the server, pushed rows placed by the same rules (staff-rules.ts)
  provideListOrder(() => shown().map((r) => r.chat.id));
  return (
    <nav aria-labelledby={headingId} class="space-y-3 p-3">
      <h2 id={headingId} class="text-lg font-bold text-ink">
        {t('staff.list.heading')}
      </h2>
      <StaffSearch selected={props.selected} />
      <StaffListFilters />
      <Switch>
        <Match when={searchActive()}>{null}</Match>
        <Match when={shown().length === 0}>
          <p class="rounded-xl bg-mist px-3 py-4 text-sm text-ink-soft">{t('staff.list.empty')}</p>
        </Match>
        <Match when={true}>
          <ul aria-labelledby={headingId} class="space-y-2">
            <For each={shown()}>{(row) => <Row row={row} selected={row.chat.id === props.selected} />}</For>
          </ul>
        </Match>
      </Switch>
    </nav>
  );
}
