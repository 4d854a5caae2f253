import { Show } from 'solid-js';
import type { StaffConversation } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';

/** The shopper's rating of the resolution ("★ Rated 4 of 5"), with their comment where there is room. */
export function StaffRating(props: { row: StaffConversation; comment?: boolean }) {
  return (
    <Show when={props.row.rating}>
      {(rating) => (
        <span class="inline-flex flex-wrap items-center gap-x-2">
          <span class="font-semibold text-ink">
            <span aria-hidden="true" class="text-amber-600">
              ★{' '}
            </span>
            {t('staff.rating.label', { score: rating().score })}
          </span>
          <Show when={props.comment && rating().comment}>
            {(comment) => (
              <span class="text-ink-soft">
                {t('staff.rating.comment')} <q>{comment()}</q>
              </span>
            )}
          </Show>
        </span>
      )}
    </Show>
  );
}
