import { createSignal } from 'solid-js';
import { ChangePasswordSchema } from '../../../../shared/auth.js';
import { t } from '../../i18n/index.js';
import { createFormState, focusFirstInvalid, formValue } from '../../lib/form.js';
import { Button } from '../../ui/Button.js';
import { TextField } from '../../ui/Field.js';
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
    const input = form.validate(ChangePasswordSchema, {
      currentPassword: formValue(formEl, 'currentPassword'),
      newPassword: formValue(formEl, 'newPassword'),
    });
    if (!input) return focusFirstInvalid(formEl);
    await form.run(async () => {
      const result = await changePassword(input);
      if (!result.ok) {
        form.showServerError(result.error);
        return focusFirstInvalid(formEl);
      }
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
        <TextField
          label={t('account.changePassword.current')}
          name="currentPassword"
          type="password"
          autocomplete="current-password"
          error={form.fieldError('currentPassword')}
        />
        <TextField
          label={t('account.changePassword.next')}
          name="newPassword"
          type="password"
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
