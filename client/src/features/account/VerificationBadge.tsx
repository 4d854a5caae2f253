import { Show } from 'solid-js';
import { t } from '../../i18n/index.js';

/** "Verified" or "Not verified", in words and an icon, not by colour alone (docs/SPEC.md [ACCT8]). */
export function VerificationBadge(props: { verified: boolean }) {
  return (
    <span
      class={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs font-semibold ${
        props.verified
          ? 'border-accent/40 bg-accent-soft text-accent-strong'
          : 'border-danger/40 bg-danger-soft text-danger'
      }`}
    >
      <Show
        when={props.verified}
        fallback={
          <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" fill="currentColor">
            <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM7.25 4.5h1.5v4.5h-1.5Zm0 5.75h1.5v1.5h-1.5Z" />
          </svg>
        }
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" fill="currentColor">
          <path d="M6.5 11.6 3 8.1l1.1-1.1 2.4 2.4 5.4-5.4L13 5.1Z" />
        </svg>
      </Show>
      {props.verified ? t('profile.verified') : t('profile.notVerified')}
    </span>
  );
}
