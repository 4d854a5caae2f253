import { Show } from 'solid-js';
import type { StaffConversation } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';

const BADGE = 'rounded-full px-2 py-0.5 text-xs font-semibold';

/**
 * How a conversation reached the desk, when not through the chat panel: the contact form, or an
 * open callback request (the shopper asked for a person while nobody was online). With `detail`
 * (the conversation's header), a contact conversation also says how a reply reaches the shopper.
 */
export function StaffIntakeBadges(props: { row: StaffConversation; detail?: boolean }) {
  return (
    <>
      <Show when={props.row.channel === 'contact'}>
        <span class={`${BADGE} bg-sky-100 text-sky-900`}>{t('deskSearch.intake.contactForm')}</span>
      </Show>
      <Show when={props.row.callbackRequestedAt}>
        <span class={`${BADGE} break-all bg-amber-100 text-amber-900`}>
          {props.row.contactEmail
            ? t('deskSearch.intake.callback', { email: props.row.contactEmail })
            : t('deskSearch.intake.callbackNoAddress')}
        </span>
      </Show>
      <Show when={props.detail && props.row.channel === 'contact' && props.row.contactEmail}>
        {(email) => (
          <span class="basis-full text-sm text-ink-soft">{t('deskSearch.intake.emailed', { email: email() })}</span>
        )}
      </Show>
    </>
  );
}
