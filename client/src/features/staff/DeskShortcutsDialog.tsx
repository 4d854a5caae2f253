import { createUniqueId, For } from 'solid-js';
import { t } from '../../i18n/index.js';
import { CloseIcon } from '../../ui/CloseIcon.js';
import { DESK_KEYS } from './desk-keys.js';

export interface ShortcutsSheet {
  open: () => void;
}

/**
 * The "Keyboard shortcuts" sheet, drawn from the key table (desk-keys.ts): a modal <dialog>,
 * so the browser keeps Tab inside and Escape closes it; focus goes back where it was.
 */
export function DeskShortcutsDialog(props: { ref: (sheet: ShortcutsSheet) => void }) {
  const headingId = createUniqueId();
  let dialog: HTMLDialogElement | undefined;
  let opener: HTMLElement | null = null;
  props.ref({
    open() {
      if (!dialog || dialog.open) return;
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    },
  });
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes the sheet; the keyboard has Escape and the Close button
    <dialog
      ref={dialog}
      aria-labelledby={headingId}
      onClose={() => opener?.focus()}
      onClick={(event) => event.target === dialog && dialog.close()}
      class="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border border-line bg-white p-0 text-ink shadow-2xl backdrop:bg-ink/40"
    >
      <div class="space-y-3 p-5">
        <div class="flex items-start justify-between gap-3">
          <h2 id={headingId} class="text-lg font-bold">
            {t('desk.keys.heading')}
          </h2>
          <button
            type="button"
            aria-label={t('desk.keys.dismiss')}
            onClick={() => dialog?.close()}
            class="-mt-1 -mr-2 inline-flex size-10 shrink-0 items-center justify-center rounded-full hover:bg-mist"
          >
            <CloseIcon class="size-4" strokeWidth={2} />
          </button>
        </div>
        <p class="text-sm text-ink-soft">{t('desk.keys.intro')}</p>
        <dl class="divide-y divide-line text-sm">
          <For each={DESK_KEYS}>
            {(binding) => (
              <div class="flex items-baseline justify-between gap-4 py-2">
                <dt class="shrink-0">
                  <kbd class="rounded-md border border-line bg-mist px-1.5 py-0.5 font-mono text-xs">
                    {t(binding.label)}
                  </kbd>
                </dt>
                <dd class="text-right">{t(binding.does)}</dd>
              </div>
            )}
          </For>
        </dl>
      </div>
    </dialog>
  );
}
