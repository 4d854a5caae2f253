import { t } from '../../i18n/index.js';
import type { FormState } from '../../lib/form.js';
import { EmailField, PasswordField, TextField } from '../../ui/Field.js';

/** Email, name and new password: the fields of every account-creating form, optionally prefilled. */
export function RegisterFields(props: { form: FormState; email?: string; name?: string }) {
  return (
    <>
      <EmailField label={t('register.email')} value={props.email ?? ''} error={props.form.fieldError('email')} />
      <TextField
        label={t('register.name')}
        name="name"
        autocomplete="name"
        value={props.name ?? ''}
        error={props.form.fieldError('name')}
      />
      <PasswordField
        label={t('register.password')}
        name="password"
        autocomplete="new-password"
        hint={t('register.passwordHint')}
        error={props.form.fieldError('password')}
      />
    </>
  );
}
