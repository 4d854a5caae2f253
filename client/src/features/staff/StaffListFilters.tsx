import { createSignal, createUniqueId, For } from 'solid-js';
import type { DESK_STATUSES, PRIORITIES } from '../../../../shared/desk.js';
import type { DESK_VIEWS, DeskView, StaffOverviewQuery } from '../../../../shared/desk-triage.js';
import { t } from '../../i18n/index.js';
import { controlClass } from '../../ui/Field.js';
import { query, setQuery } from './staff.store.js';

// The shared lists, without importing shared/ at run time (desk-triage.ts brings zod along).
export const VIEWS = ['all', 'mine', 'unassigned', 'waiting', 'frustrated'] as const satisfies typeof DESK_VIEWS;
export const STATUSES = ['open', 'pending', 'snoozed', 'resolved'] as const satisfies typeof DESK_STATUSES;
export const PRIORITY_LIST = ['low', 'normal', 'high', 'urgent'] as const satisfies typeof PRIORITIES;

/** Replaces one filter (undefined drops it); the server answers the list under the new filters. */
function change<K extends keyof StaffOverviewQuery>(key: K, value: StaffOverviewQuery[K] | undefined): void {
  const next = { ...query() };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  setQuery(next);
}

/** The overview's filters ([VIEW1]): a view (radio group), status and priority selects, and a tag. */
export function StaffListFilters() {
  const name = createUniqueId();
  const id = createUniqueId();
  const [tag, setTag] = createSignal(query().tag ?? '');
  const applyTag = (event: SubmitEvent) => {
    event.preventDefault();
    change('tag', tag().trim().toLowerCase() || undefined);
  };
  const select = 'min-h-9 rounded-lg border border-line bg-white px-2 text-sm text-ink';
  return (
    <div class="space-y-2">
      <fieldset>
        <legend class="sr-only">{t('staff.list.filter')}</legend>
        <div class="flex flex-wrap gap-1.5">
          <For each={VIEWS}>
            {(value: DeskView) => (
              <label class="relative">
                <input
                  type="radio"
                  name={name}
                  value={value}
                  checked={(query().view ?? 'all') === value}
                  onChange={() => change('view', value === 'all' ? undefined : value)}
                  class="peer absolute inset-0 size-full cursor-pointer opacity-0"
                />
                <span class="inline-flex min-h-9 items-center rounded-full border border-line px-3 text-sm font-semibold text-ink peer-checked:border-ink peer-checked:bg-ink peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent">
                  {t(`triage.views.${value}`)}
                </span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <div class="flex flex-wrap items-end gap-2">
        <label class="flex flex-col text-xs font-semibold text-ink-soft">
          {t('triage.filters.status')}
          <select
            class={select}
            value={query().deskStatus ?? ''}
            onChange={(e) =>
              change('deskStatus', (e.currentTarget.value || undefined) as StaffOverviewQuery['deskStatus'])
            }
          >
            <option value="">{t('triage.filters.any')}</option>
            <For each={STATUSES}>{(s) => <option value={s}>{t(`triage.deskStatus.${s}`)}</option>}</For>
          </select>
        </label>
        <label class="flex flex-col text-xs font-semibold text-ink-soft">
          {t('triage.filters.priority')}
          <select
            class={select}
            value={query().priority ?? ''}
            onChange={(e) => change('priority', (e.currentTarget.value || undefined) as StaffOverviewQuery['priority'])}
          >
            <option value="">{t('triage.filters.any')}</option>
            <For each={PRIORITY_LIST}>{(p) => <option value={p}>{t(`triage.priority.${p}`)}</option>}</For>
          </select>
        </label>
        <form onSubmit={applyTag} class="flex items-end gap-1" role="search">
          <label for={id} class="flex flex-col text-xs font-semibold text-ink-soft">
            {t('triage.filters.tag')}
            <input
              id={id}
              type="search"
              maxLength={32}
              value={tag()}
              placeholder={t('triage.filters.tagPlaceholder')}
              onInput={(e) => {
                setTag(e.currentTarget.value);
                // Emptied (typed away or the search field's clear button): no tag filter.
                if (!e.currentTarget.value && query().tag !== undefined) change('tag', undefined);
              }}
              class={`${controlClass} min-h-9 w-32 py-1 text-sm`}
            />
          </label>
          <button
            type="submit"
            class="min-h-9 rounded-lg border border-line px-2 text-sm font-semibold text-ink hover:bg-mist focus-visible:outline-3 focus-visible:outline-accent"
          >
            {t('triage.filters.apply')}
          </button>
        </form>
      </div>
    </div>
  );
}
