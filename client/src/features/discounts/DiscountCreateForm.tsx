import { createSignal, For } from 'solid-js';
import { DISCOUNT_KINDS, DiscountCreateSchema, type DiscountKind } from '../../../../shared/discounts.js';
import { t } from '../../i18n/index.js';
import { createFormState } from '../../lib/form.js';
import { Button } from '../../ui/Button.js';
import { TextField } from '../../ui/Field.js';
import { toCreateInput, type DiscountFormText } from './discount-form.js';
import { createStaffDiscount } from './discounts.store.js';

const EMPTY: DiscountFormText = { code: '', kind: 'percent', value: '', minimum: '', expiry: '', limit: '' };

/** A new code: kind, value, minimum, last day and usage limit; the server's refusals show by their fields. */
export function DiscountCreateForm() {
  const form = createFormState();
  const [text, setText] = createSignal<DiscountFormText>({ ...EMPTY });
  const [done, setDone] = createSignal('');
  let formEl: HTMLFormElement | undefined;
  const bind = (key: Exclude<keyof DiscountFormText, 'kind'>) => ({
    name: key,
    get value() {
      return text()[key];
    },
    onInput: (e: { currentTarget: { value: string } }) => setText((v) => ({ ...v, [key]: e.currentTarget.value })),
  });

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setDone('');
    void form.submit(formEl, DiscountCreateSchema, toCreateInput(text()), createStaffDiscount, (created) => {
      setText({ ...EMPTY, kind: text().kind });
      setDone(t('discounts.desk.create.created', { code: created.code }));
    });
  }

  return (
    <form ref={formEl} onSubmit={submit} noValidate class="space-y-4">
      <TextField
        label={t('discounts.desk.create.code')}
        hint={t('discounts.desk.create.codeHint')}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        maxLength={32}
        error={form.fieldError('code')}
        {...bind('code')}
      />
      <fieldset class="space-y-2">
        <legend class="text-sm font-semibold text-ink">{t('discounts.desk.create.kind')}</legend>
        <div class="flex flex-wrap gap-2">
          <For each={DISCOUNT_KINDS}>
            {(kind: DiscountKind) => (
              <label class="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border border-line bg-white px-3 has-checked:border-ink has-checked:ring-1 has-checked:ring-ink">
                <input
                  type="radio"
                  name="kind"
                  value={kind}
                  checked={text().kind === kind}
                  onChange={() => setText((v) => ({ ...v, kind }))}
                  class="size-4 accent-ink"
                />
                <span class="text-sm font-semibold text-ink">{t(`discounts.desk.create.${kind}`)}</span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <div class="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t(
            text().kind === 'percent' ? 'discounts.desk.create.percentValue' : 'discounts.desk.create.amountValue',
          )}
          inputmode={text().kind === 'percent' ? 'numeric' : 'decimal'}
          error={form.fieldError('value')}
          {...bind('value')}
        />
        <TextField
          label={t('discounts.desk.create.minimum')}
          hint={t('discounts.desk.create.minimumHint')}
          inputmode="decimal"
          error={form.fieldError('minOrderCents')}
          {...bind('minimum')}
          name="minOrderCents"
        />
        <TextField
          type="date"
          label={t('discounts.desk.create.expiry')}
          hint={t('discounts.desk.create.expiryHint')}
          error={form.fieldError('expiresAt')}
          {...bind('expiry')}
          name="expiresAt"
        />
        <TextField
          label={t('discounts.desk.create.limit')}
          hint={t('discounts.desk.create.limitHint')}
          inputmode="numeric"
          error={form.fieldError('usageLimit')}
          {...bind('limit')}
          name="usageLimit"
        />
      </div>
      <p aria-live="polite" class={`min-h-5 text-sm ${form.formError() ? 'font-medium text-danger' : 'text-ink-soft'}`}>
        {form.formError() ?? done()}
      </p>
      <Button type="submit" busy={form.busy()}>
        {t('discounts.desk.create.submit')}
      </Button>
    </form>
  );
}
