import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect } from 'solid-js';
import { RegisterSchema } from '../../../../shared/auth.js';
import { t, tSplit } from '../../i18n/index.js';
import { createFormState, formValue } from '../../lib/form.js';
import { usePageTitle } from '../../lib/title.js';
import { Button } from '../../ui/Button.js';
import { FormAlert } from '../../ui/Messages.js';
import { Page } from '../../ui/Page.js';
import { safeNextPath } from './next-path.js';
import { RegisterFields } from './RegisterFields.js';
import { currentUser, register } from './viewer.js';

export default function RegisterPage() {
  usePageTitle(() => t('register.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const form = createFormState();
  const [privacyBefore, privacyAfter] = tSplit('register.privacyNote', 'policy');
  let formEl: HTMLFormElement | undefined;

  createEffect(() => {
    if (currentUser()) navigate(safeNextPath(params.next), { replace: true });
  });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!formEl) return;
    const values = {
      email: formValue(formEl, 'email'),
      name: formValue(formEl, 'name'),
      password: formValue(formEl, 'password'),
    };
    await form.submit(formEl, RegisterSchema, values, register);
  }

  return (
    <Page heading={t('register.heading')} lead={t('register.intro')} narrow>
      <form ref={formEl} onSubmit={submit} noValidate class="space-y-6">
        <FormAlert message={form.formError()} />
        <RegisterFields form={form} />
        <Button type="submit" busy={form.busy()} class="w-full">
          {t('register.submit')}
        </Button>
      </form>
      <p class="mt-8 text-sm text-ink-soft">
        {privacyBefore}
        <A href="/policies/privacy" class="font-semibold text-accent underline underline-offset-4">
          {t('register.privacyLink')}
        </A>
        {privacyAfter}
      </p>
    </Page>
  );
}
