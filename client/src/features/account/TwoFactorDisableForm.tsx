import { DisableTwoFactorSchema, type TwoFactorStatus } from '../../../../shared/two-factor.js';
import { t } from '../../i18n/index.js';
import { createFormState, formValue } from '../../lib/form.js';
import { Button } from '../../ui/Button.js';
import { OneTimeCodeField, PasswordField } from '../../ui/Field.js';
import { FormAlert } from '../../ui/Messages.js';
import { authApi } from './auth-api.js';

/** Off again: the password and a code (from the app or a recovery code), so a left-open session alone cannot do it. */
export function TwoFactorDisableForm(props: { onDisabled: (status: TwoFactorStatus) => void }) {
  const form = createFormState();
  let formEl: HTMLFormElement | undefined;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!formEl) return;
    const values = { password: formValue(formEl, 'password'), code: formValue(formEl, 'code') };
    await form.submit(formEl, DisableTwoFactorSchema, values, authApi.twoFactorDisable, props.onDisabled);
  }

  return (
    <form ref={formEl} onSubmit={submit} noValidate class="space-y-5">
      <p class="text-sm text-ink-soft">{t('account.twoFactor.disableIntro')}</p>
      <FormAlert message={form.formError()} />
      <PasswordField
        label={t('account.twoFactor.password')}
        name="password"
        autocomplete="current-password"
        error={form.fieldError('password')}
      />
      <OneTimeCodeField label={t('account.twoFactor.disableCodeLabel')} recovery error={form.fieldError('code')} />
      <Button type="submit" variant="secondary" busy={form.busy()}>
        {t('account.twoFactor.disable')}
      </Button>
    </form>
  );
}
