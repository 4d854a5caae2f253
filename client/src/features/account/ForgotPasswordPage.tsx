import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { ForgotPasswordSchema } from '../../../../shared/account.js';
import { t } from '../../i18n/index.js';
import { createFormState, formValue } from '../../lib/form.js';
import { usePageTitle } from '../../lib/title.js';
import { Button } from '../../ui/Button.js';
import { EmailField } from '../../ui/Field.js';
import { FormAlert } from '../../ui/Messages.js';
import { Page } from '../../ui/Page.js';
import { recoveryApi } from './recovery-api.js';

const link = 'font-semibold text-accent underline underline-offset-4';

/** "Forgot password?": the same confirmation whatever the email (docs/SPEC.md [ACCT1]). */
export default function ForgotPasswordPage() {
  usePageTitle(() => t('recovery.forgot.title'));
  const form = createFormState();
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  let formEl: HTMLFormElement | undefined;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const values = { email: formEl ? formValue(formEl, 'email') : '' };
    await form.submit(formEl, ForgotPasswordSchema, values, recoveryApi.forgot, (_answer, input) =>
      setSentTo(input.email),
    );
  }

  return (
    <Page heading={t('recovery.forgot.heading')} lead={t('recovery.forgot.intro')} narrow>
      <Show
        when={sentTo()}
        fallback={
          <form ref={formEl} onSubmit={submit} noValidate class="space-y-6">
            <FormAlert message={form.formError()} />
            <EmailField label={t('recovery.forgot.email')} error={form.fieldError('email')} />
            <Button type="submit" busy={form.busy()} class="w-full">
              {t('recovery.forgot.submit')}
            </Button>
          </form>
        }
      >
        {(email) => (
          <section role="status" aria-labelledby="forgot-sent-heading" class="space-y-4">
            <h2 id="forgot-sent-heading" class="text-xl font-semibold text-ink">
              {t('recovery.forgot.sentHeading')}
            </h2>
            <p class="text-base leading-7 text-ink-soft">{t('recovery.forgot.sent', { email: email() })}</p>
            <p class="text-sm text-ink-soft">
              {t('recovery.forgot.notArrived')}{' '}
              <button type="button" class={link} onClick={() => setSentTo(null)}>
                {t('recovery.forgot.again')}
              </button>
              .
            </p>
          </section>
        )}
      </Show>
      <p class="mt-8 text-sm">
        <A href="/signin" class={link}>
          {t('recovery.forgot.backToSignIn')}
        </A>
      </p>
    </Page>
  );
}
