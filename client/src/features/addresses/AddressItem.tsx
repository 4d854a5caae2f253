import { Show } from 'solid-js';
import type { SavedAddress } from '../../../../shared/addresses.js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { addressSummary } from './address-summary.js';

/** One saved address with its actions; "Delete" asks first, in place. */
export function AddressItem(props: {
  address: SavedAddress;
  confirming: boolean;
  busy: boolean;
  onEdit: () => void;
  onMakeDefault: () => void;
  onDelete: () => void;
  onConfirmDelete: () => void;
  onCancelDelete: () => void;
}) {
  const a = () => props.address;
  let confirmHeading: HTMLHeadingElement | undefined;
  return (
    <li class="space-y-3 rounded-xl border border-line p-4">
      <div>
        <p class="flex flex-wrap items-center gap-2 font-semibold text-ink">
          {a().name}
          <Show when={a().isDefault}>
            {/* Said in words, not by colour alone. */}
            <span class="rounded-full border border-ink/20 bg-mist px-2 py-0.5 text-xs font-semibold text-ink">
              {t('addresses.default')}
            </span>
          </Show>
        </p>
        <p class="text-sm break-words text-ink-soft">{addressSummary(a())}</p>
        <Show when={a().phone}>
          <p class="text-sm text-ink-soft">{a().phone}</p>
        </Show>
      </div>
      <Show
        when={props.confirming}
        fallback={
          <div class="flex flex-wrap gap-2">
            <Button
              variant="secondary"
              aria-label={t('addresses.editLabel', { name: a().name })}
              onClick={props.onEdit}
            >
              {t('addresses.edit')}
            </Button>
            <Show when={!a().isDefault}>
              <Button
                variant="secondary"
                busy={props.busy}
                aria-label={t('addresses.makeDefaultLabel', { name: a().name })}
                onClick={props.onMakeDefault}
              >
                {t('addresses.makeDefault')}
              </Button>
            </Show>
            <Button
              variant="quiet"
              aria-label={t('addresses.deleteLabel', { name: a().name })}
              onClick={props.onDelete}
            >
              {t('addresses.delete')}
            </Button>
          </div>
        }
      >
        <div
          ref={() => queueMicrotask(() => confirmHeading?.focus())}
          class="space-y-3 rounded-lg border border-danger/40 bg-danger-soft p-4"
        >
          <h3 ref={confirmHeading} tabindex="-1" class="font-semibold text-danger">
            {t('addresses.confirmDelete.heading', { name: a().name })}
          </h3>
          <p class="text-sm text-ink">{t('addresses.confirmDelete.body')}</p>
          <div class="flex flex-wrap gap-3">
            <Button variant="danger" busy={props.busy} onClick={props.onConfirmDelete}>
              {t('addresses.confirmDelete.confirm')}
            </Button>
            <Button variant="secondary" disabled={props.busy} onClick={props.onCancelDelete}>
              {t('addresses.confirmDelete.cancel')}
            </Button>
          </div>
        </div>
      </Show>
    </li>
  );
}
