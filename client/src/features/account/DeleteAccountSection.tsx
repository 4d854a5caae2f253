import { createSignal, Show } from 'solid-js';
import { DeleteAccountSchema, type DeleteAccountInput } from '../../../../shared/auth.js';
import { t } from '../../i18n/index.js';
import { createFormState, focusFirstInvalid, formValue } from '../../lib/form.js';
import { Button } from '../../ui/Button.js';
import { PasswordField } from '../../ui/Field.js';
import { FormAlert } from '../../ui/Messages.js';
import { Card } from '../../ui/Page.js';
import { deleteAccount } from './viewer.js';

/** Two steps: the password and "Delete account", then an explicit "Yes, delete my account". */
export function DeleteAccountSection(props: { onDeleted: () => void }) {
  const form = createFormState();
  const [pending, setPending] = createSignal<DeleteAccountInput | null>(null);
  let formEl: HTMLFormElement | undefined;
  let confirmHeading: HTMLHeadingElement | undefined;
  let startButton: HTMLButtonElement | undefined;

  function askToConfirm(event: SubmitEvent) {
    event.preventDefault();
    if (!formEl) return;
    const input = form.validate(DeleteAccountSchema, { password: formValue(formEl, 'password') });
    if (!input) return focusFirstInvalid(formEl);
    setPending(input);
    confirmHeading?.focus();
  }

  function cancel() {
    setPending(null);
    startButton?.focus();
  }

  async function confirm() {
    const input = pending();
    if (!input) return;
    await form.run(async () => {
      const result = await deleteAccount(input, props.onDeleted);
      if (result.ok) return;
      setPending(null);
      form.showServerError(result.error);
      focusFirstInvalid(formEl);
    });
  }

  return (
    <Card heading={t('account.delete.heading')} id="delete-heading" tone="danger">
      <p class="text-sm leading-6 text-ink-soft">{t('account.delete.body')}</p>
      <form ref={formEl} onSubmit={askToConfirm} noValidate class="space-y-5">
        <FormAlert message={form.formError()} />
        <PasswordField
          label={t('account.delete.password')}
          name="password"
          autocomplete="current-password"
          hint={t('account.delete.passwordHint')}
          error={form.fieldError('password')}
          readOnly={pending() !== null}
        />
        <Show when={pending() === null}>
          <Button ref={startButton} type="submit" variant="danger">
            {t('account.delete.button')}
          </Button>
        </Show>
      </form>
      <Show when={pending()}>
        <div class="space-y-4 rounded-xl border border-danger/40 bg-danger-soft p-5">
          <h3 ref={confirmHeading} tabindex="-1" class="font-semibold text-danger">
            {t('account.delete.confirmHeading')}
          </h3>
          <p class="text-sm text-ink">{t('account.delete.confirmBody')}</p>
          <div class="flex flex-wrap gap-3">
            <Button variant="danger" busy={form.busy()} onClick={confirm}>
              {t('account.delete.confirm')}
            </Button>
            <Button variant="secondary" disabled={form.busy()} onClick={cancel}>
              {t('account.delete.cancel')}
            </Button>
          </div>
        </div>
      </Show>
    </Card>
  );
}
