import { UpdateProfileSchema } from '../../../../shared/account.js';
import { t } from '../../i18n/index.js';
import { createFormState, formValue } from '../../lib/form.js';
import { Button } from '../../ui/Button.js';
import { TextField } from '../../ui/Field.js';
import { FormAlert } from '../../ui/Messages.js';
import { updateName } from './profile-api.js';

/** Rename the account; every tab (the header too) follows by push (docs/SPEC.md [ACCT10]). */
export function EditNameForm(props: { name: string; onDone: (saved: boolean) => void }) {
  const form = createFormState();
  let formEl: HTMLFormElement | undefined;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const values = { name: formEl ? formValue(formEl, 'name') : '' };
    await form.submit(formEl, UpdateProfileSchema, values, updateName, () => props.onDone(true));
  }

  return (
    <form ref={formEl} onSubmit={submit} noValidate class="space-y-4">
      <FormAlert message={form.formError()} />
      <TextField
        label={t('account.profile.name')}
        name="name"
        autocomplete="name"
        value={props.name}
        error={form.fieldError('name')}
        autofocus
      />
      <div class="flex flex-wrap gap-3">
        <Button type="submit" busy={form.busy()}>
          {t('profile.saveName')}
        </Button>
        <Button variant="secondary" onClick={() => props.onDone(false)}>
          {t('profile.cancel')}
        </Button>
      </div>
    </form>
  );
}
