import { ChangeEmailSchema } from '../../../../shared/account.js';
import { t } from '../../i18n/index.js';
import { createFormState, formValue } from '../../lib/form.js';
import { Button } from '../../ui/Button.js';
import { EmailField, PasswordField } from '../../ui/Field.js';
import { FormAlert } from '../../ui/Messages.js';
import { changeEmail } from './profile-api.js';

/** A new email, confirmed with the current password; it is unverified until its link is opened ([ACCT11]). */
export function ChangeEmailForm(props: { onDone: (email: string | null) => void }) {
  const form = createFormState();
  let formEl: HTMLFormElement | undefined;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!formEl) return;
    const values = { email: formValue(formEl, 'email'), currentPassword: formValue(formEl, 'currentPassword') };
    await form.submit(formEl, ChangeEmailSchema, values, changeEmail, (viewer) =>
      props.onDone(viewer.user?.email ?? null),
    );
  }

  return (
    <form ref={formEl} onSubmit={submit} noValidate class="space-y-4">
      <FormAlert message={form.formError()} />
      <EmailField label={t('profile.newEmail')} error={form.fieldError('email')} autofocus />
      <PasswordField
        label={t('profile.currentPassword')}
        name="currentPassword"
        autocomplete="current-password"
        error={form.fieldError('currentPassword')}
      />
      <div class="flex flex-wrap gap-3">
        <Button type="submit" busy={form.busy()}>
          {t('profile.saveEmail')}
        </Button>
        <Button variant="secondary" onClick={() => props.onDone(null)}>
          {t('profile.cancel')}
        </Button>
      </div>
    </form>
  );
}
