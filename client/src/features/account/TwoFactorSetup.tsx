import { createSignal, Match, Switch } from 'solid-js';
import {
  EnableTwoFactorSchema,
  RECOVERY_CODE_COUNT,
  type Enrolment,
  type TwoFactorStatus,
} from '../../../../shared/two-factor.js';
import { t } from '../../i18n/index.js';
import { createFormState, formValue } from '../../lib/form.js';
import { Button } from '../../ui/Button.js';
import { OneTimeCodeField } from '../../ui/Field.js';
import { FormAlert } from '../../ui/Messages.js';
import { authApi } from './auth-api.js';
import { EnrolmentGuide } from './EnrolmentGuide.js';
import { RecoveryCodesNote } from './RecoveryCodesNote.js';

/** Start → scan the QR code and confirm with a code → the recovery codes, once → on. */
export function TwoFactorSetup(props: { onStart: () => void; onEnabled: (status: TwoFactorStatus) => void }) {
  const form = createFormState();
  const [enrolment, setEnrolment] = createSignal<Enrolment | null>(null);
  const [codes, setCodes] = createSignal<string[] | null>(null);
  let formEl: HTMLFormElement | undefined;
  let startButton: HTMLButtonElement | undefined;

  async function start() {
    props.onStart();
    await form.run(async () => {
      const result = await authApi.twoFactorSetup();
      if (!result.ok) return form.showServerError(result.error);
      form.reset();
      setEnrolment(result.data);
      formEl?.querySelector<HTMLInputElement>('input[name="code"]')?.focus();
    });
  }

  async function confirm(event: SubmitEvent) {
    event.preventDefault();
    if (!formEl) return;
    await form.submit(
      formEl,
      EnableTwoFactorSchema,
      { code: formValue(formEl, 'code') },
      authApi.twoFactorEnable,
      (data) => {
        setEnrolment(null);
        setCodes(data.recoveryCodes);
      },
    );
  }

  function cancel() {
    setEnrolment(null);
    form.reset();
    startButton?.focus();
  }

  return (
    <Switch>
      <Match when={codes()}>
        {(list) => (
          <RecoveryCodesNote
            codes={list()}
            heading="h3"
            onDone={() => props.onEnabled({ enabled: true, required: false, recoveryCodesLeft: RECOVERY_CODE_COUNT })}
          />
        )}
      </Match>
      <Match when={enrolment()}>
        {(current) => (
          <>
            <p class="text-sm leading-6 text-ink-soft">{t('account.twoFactor.scan')}</p>
            <EnrolmentGuide enrolment={current()} />
            <form ref={formEl} onSubmit={confirm} noValidate class="space-y-5">
              <FormAlert message={form.formError()} />
              <OneTimeCodeField label={t('account.twoFactor.codeLabel')} error={form.fieldError('code')} />
              <div class="flex flex-wrap gap-3">
                <Button type="submit" busy={form.busy()}>
                  {t('account.twoFactor.confirm')}
                </Button>
                <Button variant="secondary" onClick={cancel}>
                  {t('account.twoFactor.cancel')}
                </Button>
              </div>
            </form>
          </>
        )}
      </Match>
      <Match when={true}>
        <p class="text-sm leading-6 text-ink-soft">{t('account.twoFactor.offBody')}</p>
        <FormAlert message={form.formError()} />
        <Button ref={startButton} variant="secondary" busy={form.busy()} onClick={start}>
          {t('account.twoFactor.start')}
        </Button>
      </Match>
    </Switch>
  );
}
