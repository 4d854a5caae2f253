import { A } from '@solidjs/router';
import { createSignal, Match, Switch } from 'solid-js';
import { ResetPasswordFormSchema, type ResetPasswordAnswer } from '../../../../shared/account.js';
import { t } from '../../i18n/index.js';
import { createFormState, formValue } from '../../lib/form.js';
import { usePageTitle } from '../../lib/title.js';
import { Button, buttonClass } from '../../ui/Button.js';
import { PasswordField } from '../../ui/Field.js';
import { FormAlert, SuccessNote } from '../../ui/Messages.js';
import { Page } from '../../ui/Page.js';
import { onLinkToken } from './link-token.js';
import { resetPassword } from './viewer.js';

const DEAD_LINK = ['token_invalid', 'token_expired', 'token_used'];

/** The page a reset link opens: `/reset-password#token=…` (docs/decisions/025-account-tokens.md). */
export default function ResetPasswordPage() {
  usePageTitle(() => t('recovery.reset.title'));
  const form = createFormState();
  const [token, setToken] = createSignal<string | null>(null);
  const [deadLink, setDeadLink] = createSignal(false);
  const [done, setDone] = createSignal<ResetPasswordAnswer | null>(null);
  let formEl: HTMLFormElement | undefined;

  // A second link opened in this tab starts over: its own form, whatever the first one did.
  onLinkToken((found) => {
    setToken(found);
    setDeadLink(found === null);
    setDone(null);
    form.reset();
  });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!formEl) return;
    const values = { password: formValue(formEl, 'password'), confirm: formValue(formEl, 'confirm') };
    const send = async ({ password }: { password: string }) => {
      const result = await resetPassword({ token: token() ?? '', password });
      if (!result.ok && DEAD_LINK.includes(result.error.reason ?? '')) setDeadLink(true);
      return result;
    };
    await form.submit(formEl, ResetPasswordFormSchema, values, send, (answer) => setDone(answer));
  }

  return (
    <Page heading={t('recovery.reset.heading')} lead={t('recovery.reset.intro')} narrow>
      <Switch>
        <Match when={done()}>
          {(answer) => (
            <div class="space-y-6">
              <SuccessNote
                message={`${t('recovery.reset.doneHeading')}. ${answer().signInRequired ? t('recovery.reset.doneSignIn') : t('recovery.reset.done')}`}
              />
              <A href={answer().signInRequired ? '/signin' : '/account'} class={buttonClass('primary')}>
                {answer().signInRequired ? t('recovery.reset.toSignIn') : t('recovery.reset.toAccount')}
              </A>
            </div>
          )}
        </Match>
        <Match when={deadLink()}>
          <div class="space-y-6">
            <FormAlert message={form.formError() ?? t('recovery.reset.noToken')} />
            <A href="/forgot-password" class={buttonClass('primary')}>
              {t('recovery.reset.askAgain')}
            </A>
          </div>
        </Match>
        <Match when={true}>
          <form ref={formEl} onSubmit={submit} noValidate class="space-y-6">
            <FormAlert message={form.formError()} />
            <PasswordField
              label={t('recovery.reset.password')}
              name="password"
              autocomplete="new-password"
              hint={t('recovery.reset.hint')}
              error={form.fieldError('password')}
            />
            <PasswordField
              label={t('recovery.reset.confirm')}
              name="confirm"
              autocomplete="new-password"
              error={form.fieldError('confirm')}
            />
            <Button type="submit" busy={form.busy()} class="w-full">
              {t('recovery.reset.submit')}
            </Button>
          </form>
        </Match>
      </Switch>
    </Page>
  );
}
