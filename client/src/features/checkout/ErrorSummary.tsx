import { For, Show } from 'solid-js';
import { t } from '../../i18n/index.js';
import { errorsInFormOrder, fieldId, type CheckoutField } from './checkout-fields.js';

/** Jump to a field without touching the URL (the router would treat the hash as navigation). */
function goTo(event: MouseEvent, field: CheckoutField) {
  event.preventDefault();
  const control = document.getElementById(fieldId(field)) ?? document.querySelector<HTMLElement>(`[name="${field}"]`);
  control?.focus();
}

/** Every field that needs fixing, at the top of the form, each linking to its field. */
export function ErrorSummary(props: { errors: Partial<Record<CheckoutField, string>> }) {
  const items = () => errorsInFormOrder(props.errors);
  return (
    <Show when={items().length > 0}>
      <div role="alert" class="rounded-2xl border border-danger/30 bg-danger-soft px-5 py-4 text-danger">
        <p class="font-semibold">{t('checkout.errorSummary')}</p>
        <ul class="mt-2 list-disc space-y-1 pl-5 text-sm">
          <For each={items()}>
            {(item) => (
              <li>
                <a
                  href={`#${fieldId(item.field)}`}
                  onClick={(event) => goTo(event, item.field)}
                  class="underline underline-offset-2"
                >
                  {item.message}
                </a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
