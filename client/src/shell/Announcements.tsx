import { For, Show } from 'solid-js';
import { dismissSignInNotices, signInNotices } from '../features/account/viewer.js';
import { cartError, dismissCartError } from '../features/cart/cart.store.js';
import { t } from '../i18n/index.js';
import { CloseIcon } from '../ui/CloseIcon.js';

function Dismiss(props: { onClick: () => void }) {
  return (
    <button
      type="button"
      aria-label={t('app.dismiss')}
      onClick={() => props.onClick()}
      class="-my-2 -mr-2 inline-flex size-9 shrink-0 items-center justify-center rounded-full hover:bg-black/5"
    >
      <CloseIcon class="size-4" strokeWidth={2} />
    </button>
  );
}

/**
 * Messages that belong to no one page: a cart change the server refused (an alert, shown above
 * the cart drawer too) and what the server said about a sign-in (polite). Each region exists
 * only while it has something to say, so it is announced when it appears.
 */
export function Announcements() {
  return (
    <div class="pointer-events-none fixed inset-x-0 top-20 z-[60] flex flex-col items-center gap-2 px-4 sm:items-end sm:px-6">
      <Show when={cartError()}>
        <div
          role="alert"
          class="pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-xl border border-danger/30 bg-danger-soft px-4 py-3 text-sm font-medium text-danger shadow-lg"
        >
          <p class="flex-1">{cartError()}</p>
          <Dismiss onClick={dismissCartError} />
        </div>
      </Show>
      <Show when={signInNotices().length > 0}>
        <div
          role="status"
          class="pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-xl border border-accent/30 bg-accent-soft px-4 py-3 text-sm font-medium text-accent-strong shadow-lg"
        >
          <div class="flex-1 space-y-1">
            <For each={signInNotices()}>{(notice) => <p>{notice}</p>}</For>
          </div>
          <Dismiss onClick={dismissSignInNotices} />
        </div>
      </Show>
    </div>
  );
}
