import { createSignal } from 'solid-js';
import { ChangePasswordSchema } from '../../../../shared/auth.js';
import { t } from '../../i18n/index.js';
import { createFormState, formValue } from '../../lib/form.js';
import { Button } from '../../ui/Button.js';
import { PasswordField } from '../../ui/Field.js';
import { FormAlert, SuccessNote } from '../../ui/Messages.js';
import { Card } from '../../ui/Page.js';
import { changePassword } from './viewer.js';

export function ChangePasswordForm() {
  const form = createFormState();
  const [done, setDone] = createSignal(false);
  let formEl: HTMLFormElement | undefined;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!formEl) return;
    setDone(false);
    const values = {
      currentPassword: formValue(formEl, 'currentPassword'),
      newPassword: formValue(formEl, 'newPassword'),
    };
    await form.submit(formEl, ChangePasswordSchema, values, changePassword, () => {
      formEl?.reset();
      setDone(true);
    });
  }

  return (
    <Card heading={t('account.changePassword.heading')} id="change-password-heading">
      <p class="text-sm text-ink-soft">{t('account.changePassword.intro')}</p>
      <form ref={formEl} onSubmit={submit} noValidate class="space-y-5">
        <FormAlert message={form.formError()} />
        <SuccessNote message={done() ? t('account.changePassword.success') : null} />
        <PasswordField
          label={t('account.changePassword.current')}
          name="currentPassword"
          autocomplete="current-password"
          error={form.fieldError('currentPassword')}
        />
        <PasswordField
          label={t('account.changePassword.next')}
          name="newPassword"
          autocomplete="new-password"
          hint={t('account.changePassword.hint')}
          error={form.fieldError('newPassword')}
        />
        <Button type="submit" busy={form.busy()}>
          {t('account.changePassword.submit')}
        </Button>
      </form>
    </Card>
  );
}
