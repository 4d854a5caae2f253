import { createEffect, For, on, Show } from 'solid-js';
import type { ChipKind, SearchChip } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';
import { CloseIcon } from '../../ui/CloseIcon.js';
import { chipText } from './search-chips.js';

/**
 * What the search text was understood as ("Phones", "under $650", "sorted by battery"), each a
 * button that removes it, and the words left out because they found nothing.
 */
export function SearchChips(props: {
  chips: SearchChip[];
  droppedText: string | null;
  onRemove: (kind: ChipKind) => void;
}) {
  let list: HTMLUListElement | undefined;
  let removedAt: number | null = null;

  // The removed chip's button is gone once the new listing arrives: keep the keyboard where it
  // was, on the chip that took its place, or in the search box when none is left.
  createEffect(
    on(
      () => props.chips,
      (chips) => {
        if (removedAt === null) return;
        const buttons = list?.querySelectorAll('button');
        const next = buttons?.[Math.min(removedAt, chips.length - 1)];
        removedAt = null;
        (next ?? document.getElementById('site-search'))?.focus();
      },
      { defer: true },
    ),
  );

  return (
    <Show when={props.chips.length > 0 || props.droppedText}>
      <div class="mt-4">
        <Show when={props.chips.length > 0}>
          <div role="group" aria-labelledby="search-chips-label" class="flex flex-wrap items-center gap-2">
            <span id="search-chips-label" class="text-sm font-semibold text-ink">
              {t('shop.chips.label')}
            </span>
            <ul ref={list} class="flex flex-wrap gap-2">
              <For each={props.chips}>
                {(chip, index) => (
                  <li>
                    <button
                      type="button"
                      aria-label={t('shop.chips.remove', { chip: chipText(chip) })}
                      onClick={() => {
                        removedAt = index();
                        props.onRemove(chip.kind);
                      }}
                      class="inline-flex min-h-11 items-center gap-1.5 rounded-full border border-accent/40 bg-accent/10 pr-3 pl-4 text-sm font-medium text-ink hover:bg-accent/20"
                    >
                      {chipText(chip)}
                      <CloseIcon class="size-4" strokeWidth={2} />
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </div>
        </Show>
        <Show when={props.droppedText}>
          {(words) => <p class="mt-2 text-sm text-ink-soft">{t('shop.chips.dropped', { words: words() })}</p>}
        </Show>
      </div>
    </Show>
  );
}
