import { createSignal, Match, onMount, Show, Switch } from 'solid-js';
import type { TwoFactorStatus } from '../../../../shared/two-factor.js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { FormAlert, SuccessNote } from '../../ui/Messages.js';
import { Card } from '../../ui/Page.js';
import { authApi } from './auth-api.js';
import { TwoFactorDisableForm } from './TwoFactorDisableForm.js';
import { TwoFactorSetup } from './TwoFactorSetup.js';

/** The account page's two-step sign-in: set it up (shoppers opt in), or see it is on and turn it off. */
export function TwoFactorSection() {
  const [status, setStatus] = createSignal<TwoFactorStatus | null>(null);
  const [loadError, setLoadError] = createSignal<string | null>(null);
  const [note, setNote] = createSignal<string | null>(null);

  async function load() {
    const result = await authApi.twoFactorStatus();
    if (result.ok) setStatus(result.data);
    else setLoadError(`${t('account.twoFactor.loadFailed')} ${errorMessage(result.error)}`);
  }
  // authApi answers every failure as a result, never a rejection: nothing is left to catch.
  onMount(() => void load());

  function changed(next: TwoFactorStatus) {
    setStatus(next);
    setNote(next.enabled ? t('account.twoFactor.enabled') : t('account.twoFactor.disabled'));
  }

  return (
    <Card heading={t('account.twoFactor.heading')} id="two-factor-heading">
      <FormAlert message={loadError()} />
      <SuccessNote message={note()} />
      <Show when={status()}>
        {(current) => (
          <Switch>
            <Match when={!current().enabled}>
              <TwoFactorSetup onEnabled={changed} onStart={() => setNote(null)} />
            </Match>
            <Match when={current().enabled}>
              <p class="text-sm leading-6 text-ink-soft">
                {current().required ? t('account.twoFactor.requiredBody') : t('account.twoFactor.onBody')}{' '}
                {t('account.twoFactor.codesLeft', { count: current().recoveryCodesLeft })}
              </p>
              <Show when={!current().required}>
                <TwoFactorDisableForm onDisabled={changed} />
              </Show>
            </Match>
          </Switch>
        )}
      </Show>
    </Card>
  );
}
