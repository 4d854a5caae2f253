import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, Match, Switch } from 'solid-js';
import { LoginSchema } from '../../../../shared/auth.js';
import { isCodeRequired, type CodeRequired } from '../../../../shared/two-factor.js';
import { t } from '../../i18n/index.js';
import { createFormState, formValue } from '../../lib/form.js';
import { usePageTitle } from '../../lib/title.js';
import { Button } from '../../ui/Button.js';
import { EmailField, PasswordField } from '../../ui/Field.js';
import { FormAlert } from '../../ui/Messages.js';
import { Page } from '../../ui/Page.js';
import { CodeStep } from './CodeStep.js';
import { safeNextPath } from './next-path.js';
import { RecoveryCodesNote } from './RecoveryCodesNote.js';
import { currentUser, signIn } from './viewer.js';

export default function SignInPage() {
  usePageTitle(() => t('signin.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const form = createFormState();
  /** The password was right and a code is asked for. */
  const [challenge, setChallenge] = createSignal<CodeRequired | null>(null);
  /** Made by a sign-in that finished enrolling: shown before leaving the page. */
  const [recoveryCodes, setRecoveryCodes] = createSignal<string[] | null>(null);
  let formEl: HTMLFormElement | undefined;

  // One way out of this page: as soon as someone is signed in (here or in another tab),
  // unless new recovery codes are on screen.
  createEffect(() => {
    if (currentUser() && !recoveryCodes()) navigate(safeNextPath(params.next), { replace: true });
  });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!formEl) return;
    const values = { email: formValue(formEl, 'email'), password: formValue(formEl, 'password') };
    await form.submit(formEl, LoginSchema, values, signIn, (answer) => {
      if (isCodeRequired(answer)) setChallenge(answer);
    });
  }

  return (
    <Page heading={t('signin.heading')} lead={t('signin.intro')} narrow>
      <Switch>
        <Match when={recoveryCodes()}>
          {(codes) => <RecoveryCodesNote codes={codes()} heading="h2" onDone={() => setRecoveryCodes(null)} />}
        </Match>
        <Match when={challenge()}>
          {(step) => (
            <CodeStep challenge={step()} onStartOver={() => setChallenge(null)} onRecoveryCodes={setRecoveryCodes} />
          )}
        </Match>
        <Match when={true}>
          <form ref={formEl} onSubmit={submit} noValidate class="space-y-6">
            <FormAlert message={form.formError()} />
            <EmailField label={t('signin.email')} error={form.fieldError('email')} />
            <PasswordField
              label={t('signin.password')}
              name="password"
              autocomplete="current-password"
              error={form.fieldError('password')}
            />
            <A
              href="/forgot-password"
              class="inline-block text-sm font-semibold text-accent underline underline-offset-4"
            >
              {t('recovery.forgotLink')}
            </A>
            <Button type="submit" busy={form.busy()} class="w-full">
              {t('signin.submit')}
            </Button>
          </form>
        </Match>
      </Switch>
      <p class="mt-8 text-sm text-ink-soft">
        {t('signin.noAccount')}{' '}
        <A href="/register" class="font-semibold text-accent underline underline-offset-4">
          {t('signin.registerLink')}
        </A>
      </p>
    </Page>
  );
}
