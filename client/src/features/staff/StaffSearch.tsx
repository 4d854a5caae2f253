import { A } from '@solidjs/router';
import { createSignal, createUniqueId, For, Match, onCleanup, Show, Switch } from 'solid-js';
import type { SnippetSegment, StaffSearchHit } from '../../../../shared/desk-search.js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { toPlainText } from '../chat/markdown.js';
import { onDeskCommand } from './desk-commands.js';
import { statusOf } from './staff-rules.js';
import {
  clearSearch,
  loadMoreResults,
  runSearch,
  searchActive,
  searchCursor,
  searchFailure,
  searchHits,
  searchPhase,
  searchQuery,
} from './staff-search.store.js';
import { rowOf } from './staff.store.js';
import { StaffIntakeBadges } from './StaffIntakeBadges.js';

let field: HTMLInputElement | undefined;

/** The snippet as text with the matched words in <mark>: built from segments, never from HTML. */
function Snippet(props: { segments: SnippetSegment[] }) {
  return (
    <span class="line-clamp-2 block text-sm text-ink-soft">
      <For each={props.segments}>
        {(s) => (s.match ? <mark class="rounded-sm bg-amber-100 px-0.5 text-ink">{s.text}</mark> : s.text)}
      </For>
    </span>
  );
}

function Hit(props: { hit: StaffSearchHit; selected: boolean }) {
  // The row as the overview has it now (live), else as the search found it.
  const row = () => rowOf(props.hit.staffRow.chat.id) ?? props.hit.staffRow;
  const status = () => {
    const s = statusOf(row());
    return s.key === 'staff' ? t('staff.status.staff', { name: s.name }) : t(`staff.status.${s.key}`);
  };
  const matched = () => props.hit.matched.map((f) => t(`deskSearch.matched.${f}`)).join(', ');
  return (
    <li>
      <A
        href={`/staff/chats/${row().chat.id}`}
        aria-current={props.selected ? 'true' : undefined}
        class={`block space-y-1 rounded-xl border px-3 py-2.5 hover:border-ink/40 ${props.selected ? 'border-accent bg-accent-soft/60' : 'border-line bg-white'}`}
      >
        <span class="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span class="font-semibold text-ink">{row().shopperName ?? t('staff.guest')}</span>
          <span class="text-xs text-ink-soft">{status()}</span>
          <StaffIntakeBadges row={row()} />
        </span>
        <Show
          when={props.hit.snippet}
          fallback={<span class="block truncate text-sm text-ink-soft">{toPlainText(row().chat.lastMessage)}</span>}
        >
          {(segments) => <Snippet segments={segments()} />}
        </Show>
        <span class="flex flex-wrap gap-x-3 gap-y-1 text-xs text-ink-soft">
          <span>{t('deskSearch.matchedLabel', { fields: matched() })}</span>
          <For each={props.hit.orders ?? []}>
            {(o) => (
              <span class="font-semibold text-ink">
                {t('deskSearch.order', { number: o.number, status: t(`orders.status.${o.status}`) })}
              </span>
            )}
          </For>
        </span>
      </A>
    </li>
  );
}

function Results(props: { selected: number | null }) {
  const count = () => searchHits().length;
  return (
    <section aria-label={t('deskSearch.results')} class="space-y-2">
      <p role="status" class="text-sm text-ink-soft">
        <Switch>
          <Match when={searchPhase() === 'loading'}>{t('deskSearch.searching')}</Match>
          <Match when={searchPhase() === 'failed'}>{searchFailure()}</Match>
          <Match when={count() === 0}>{t('deskSearch.empty', { q: searchQuery() })}</Match>
          <Match when={searchCursor()}>{t('deskSearch.shownMore', { count: count() })}</Match>
          <Match when={true}>{t('deskSearch.found', { count: count() })}</Match>
        </Switch>
      </p>
      <Show when={count() > 0}>
        <ul class="space-y-2 lg:max-h-[70dvh] lg:overflow-y-auto lg:pr-1">
          <For each={searchHits()}>{(hit) => <Hit hit={hit} selected={hit.staffRow.chat.id === props.selected} />}</For>
        </ul>
      </Show>
      <Show when={searchCursor() && searchPhase() !== 'failed'}>
        <Button variant="secondary" busy={searchPhase() === 'more'} onClick={() => void loadMoreResults()}>
          {t('deskSearch.more')}
        </Button>
      </Show>
      <Show when={searchPhase() === 'ready' && searchFailure()}>
        {(words) => <p class="text-sm text-danger">{words()}</p>}
      </Show>
    </section>
  );
}

/**
 * The search box above the conversation list (Enter searches, Escape clears) and, while a search
 * is on, its results in the list's place, a page at a time.
 */
export function StaffSearch(props: { selected: number | null }) {
  const id = createUniqueId();
  const [draft, setDraft] = createSignal(searchQuery());
  const clear = () => {
    setDraft('');
    clearSearch();
    field?.focus();
  };
  onCleanup(() => {
    field = undefined;
  });
  // `/` ([SHELL3]): the cursor in the search box, its words selected to type over.
  onDeskCommand('focus-search', () => {
    field?.focus();
    field?.select();
  });
  return (
    <div class="space-y-3">
      <form
        role="search"
        aria-label={t('deskSearch.label')}
        class="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void runSearch(draft());
        }}
      >
        <label for={id} class="sr-only">
          {t('deskSearch.label')}
        </label>
        <input
          ref={field}
          id={id}
          type="search"
          value={draft()}
          maxLength={200}
          placeholder={t('deskSearch.placeholder')}
          autocomplete="off"
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            clear();
          }}
          class="min-h-11 min-w-0 flex-1 rounded-full border border-line bg-white px-4 text-sm text-ink focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent"
        />
        <Button type="submit" variant="secondary" class="shrink-0 px-4">
          {t('deskSearch.submit')}
        </Button>
        <Show when={searchActive()}>
          <Button variant="quiet" class="shrink-0 px-2" onClick={clear}>
            {t('deskSearch.clear')}
          </Button>
        </Show>
      </form>
      <Show when={searchActive()}>
        <Results selected={props.selected} />
      </Show>
    </div>
  );
}
