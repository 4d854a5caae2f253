import { createSignal, onMount, Show } from 'solid-js';
import { LoginCodeSchema, type CodeRequired } from '../../../../shared/two-factor.js';
import { t } from '../../i18n/index.js';
import { createFormState, formValue } from '../../lib/form.js';
import { Button } from '../../ui/Button.js';
import { OneTimeCodeField } from '../../ui/Field.js';
import { FormAlert } from '../../ui/Messages.js';
import { EnrolmentGuide } from './EnrolmentGuide.js';
import { signInWithCode } from './viewer.js';

/**
 * Sign-in's second step: the code from the authenticator app (or a recovery code), sent with
 * the password step's pending token. Staff who have no authenticator yet scan one here first.
 */
export function CodeStep(props: {
  challenge: CodeRequired;
  onStartOver: () => void;
  onRecoveryCodes: (codes: string[]) => void;
}) {
  const form = createFormState();
  const [recovery, setRecovery] = createSignal(false);
  const enrolling = () => props.challenge.enrolment !== undefined;
  let formEl: HTMLFormElement | undefined;
  let heading: HTMLHeadingElement | undefined;
  // A new step of the same page: say so by moving focus to its heading.
  onMount(() => heading?.focus());

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!formEl) return;
    const values = { pendingToken: props.challenge.pendingToken, code: formValue(formEl, 'code') };
    await form.submit(formEl, LoginCodeSchema, values, (input) =>
      signInWithCode(input, (answer) => answer.recoveryCodes && props.onRecoveryCodes(answer.recoveryCodes)),
    );
  }

  function switchKind() {
    setRecovery(!recovery());
    form.reset();
    formEl?.querySelector<HTMLInputElement>('input[name="code"]')?.focus();
  }

  return (
    <section aria-labelledby="code-step-heading" class="space-y-6">
      <h2 id="code-step-heading" ref={heading} tabindex="-1" class="text-2xl font-semibold tracking-tight text-ink">
        {enrolling() ? t('signin.code.enrolHeading') : t('signin.code.heading')}
      </h2>
      <p class="text-base leading-7 text-ink-soft">
        {enrolling() ? t('signin.code.enrolIntro') : t('signin.code.intro')}
      </p>
      <Show when={props.challenge.enrolment}>{(enrolment) => <EnrolmentGuide enrolment={enrolment()} />}</Show>
      <form ref={formEl} onSubmit={submit} noValidate class="space-y-6">
        <FormAlert message={form.formError()} />
        <OneTimeCodeField
          label={recovery() ? t('signin.code.recoveryLabel') : t('signin.code.label')}
          hint={recovery() ? t('signin.code.recoveryHint') : undefined}
          recovery={recovery()}
          error={form.fieldError('code')}
        />
        <Button type="submit" busy={form.busy()} class="w-full">
          {t('signin.code.submit')}
        </Button>
      </form>
      <div class="flex flex-col items-start gap-2">
        <Show when={!enrolling()}>
          <Button variant="quiet" class="px-0!" onClick={switchKind}>
            {recovery() ? t('signin.code.useApp') : t('signin.code.useRecovery')}
          </Button>
        </Show>
        <Button variant="quiet" class="px-0!" onClick={() => props.onStartOver()}>
          {t('signin.code.startOver')}
        </Button>
      </div>
    </section>
  );
}
