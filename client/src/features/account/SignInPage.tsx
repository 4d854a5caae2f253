import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect } from 'solid-js';
import { LoginSchema } from '../../../../shared/auth.js';
import { t } from '../../i18n/index.js';
import { createFormState, formValue } from '../../lib/form.js';
import { usePageTitle } from '../../lib/title.js';
import { Button } from '../../ui/Button.js';
import { EmailField, PasswordField } from '../../ui/Field.js';
import { FormAlert } from '../../ui/Messages.js';
import { Page } from '../../ui/Page.js';
import { safeNextPath } from './next-path.js';
import { currentUser, signIn } from './viewer.js';

export default function SignInPage() {
  usePageTitle(() => t('signin.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const form = createFormState();
  let formEl: HTMLFormElement | undefined;

  // One way out of this page: as soon as someone is signed in (here or in another tab).
  createEffect(() => {
    if (currentUser()) navigate(safeNextPath(params.next), { replace: true });
  });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!formEl) return;
    const values = { email: formValue(formEl, 'email'), password: formValue(formEl, 'password') };
    await form.submit(formEl, LoginSchema, values, signIn);
  }

  return (
    <Page heading={t('signin.heading')} lead={t('signin.intro')} narrow>
      <form ref={formEl} onSubmit={submit} noValidate class="space-y-6">
        <FormAlert message={form.formError()} />
        <EmailField
          label={t('signin.email')}
          error={form.fieldError('email')}
        />
        <PasswordField
          label={t('signin.password')}
          name="password"
          autocomplete="current-password"
          error={form.fieldError('password')}
        />
        <Button type="submit" busy={form.busy()} class="w-full">
          {t('signin.submit')}
        </Button>
      </form>
      <p class="mt-8 text-sm text-ink-soft">
        {t('signin.noAccount')}{' '}
        <A href="/register" class="font-semibold text-accent underline underline-offset-4">
          {t('signin.registerLink')}
        </A>
      </p>
    </Page>
  );
}
