import { A } from '@solidjs/router';
import { createSignal, Match, Switch } from 'solid-js';
import type { EmailVerified } from '../../../../shared/account.js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { FormAlert, SuccessNote } from '../../ui/Messages.js';
import { Page } from '../../ui/Page.js';
import { verifyEmail } from './profile-api.js';
import { onLinkToken } from './link-token.js';

/** The page a verification link opens: `/verify-email#token=…`; any browser may open it (docs/SPEC.md [ACCT8]). */
export default function VerifyEmailPage() {
  usePageTitle(() => t('recovery.verify.title'));
  const [verified, setVerified] = createSignal<EmailVerified | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);

  async function verify(token: string | null) {
    setVerified(null);
    setProblem(null);
    if (token === null) return setProblem(t('recovery.verify.noToken'));
    const result = await verifyEmail(token);
    if (result.ok) setVerified(result.data);
    else setProblem(errorMessage(result.error));
  }
  onLinkToken((token) => void verify(token));

  return (
    <Page heading={t('recovery.verify.heading')} narrow>
      <div class="min-h-32 space-y-6">
        <Switch
          fallback={
            <p role="status" class="text-base text-ink-soft">
              {t('recovery.verify.checking')}
            </p>
          }
        >
          <Match when={verified()}>
            {(done) => <SuccessNote message={t('recovery.verify.done', { email: done().email })} />}
          </Match>
          <Match when={problem()}>
            {(message) => (
              <>
                <FormAlert message={message()} />
                <p class="text-sm text-ink-soft">{t('recovery.verify.resendHint')}</p>
              </>
            )}
          </Match>
        </Switch>
        <A href="/account" class={buttonClass('secondary')}>
          {t('recovery.verify.toAccount')}
        </A>
      </div>
    </Page>
  );
}
