import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { RegisterSchema } from '../../../../shared/auth.js';
import type { Order } from '../../../../shared/orders.js';
import { t } from '../../i18n/index.js';
import { createFormState, formValue } from '../../lib/form.js';
import { Button } from '../../ui/Button.js';
import { FormAlert, SuccessNote } from '../../ui/Messages.js';
import { Card } from '../../ui/Page.js';
import { RegisterFields } from '../account/RegisterFields.js';
import { currentUser, register } from '../account/viewer.js';

/**
 * For a guest after checkout: an account in one step, the order's email and name filled in.
 * Registering runs the server's sign-in hooks, which move this browser's orders and cart to
 * the new account; the socket reconnects as the account and the order store asks again.
 */
export function CreateAccountOffer(props: { order: Order; returnTo: string }) {
  const form = createFormState();
  const [created, setCreated] = createSignal(false);
  let formEl: HTMLFormElement | undefined;
  // Read once (a component body is untracked): a status push brings a new order object,
  // which must not reset what the shopper typed.
  const prefill = { email: props.order.email, name: props.order.address.name };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!formEl) return;
    const values = {
      email: formValue(formEl, 'email'),
      name: formValue(formEl, 'name'),
      password: formValue(formEl, 'password'),
    };
    await form.submit(formEl, RegisterSchema, values, register, () => setCreated(true));
  }

  return (
    <Show when={currentUser() === null || created()}>
      <Card heading={t('orders.confirmation.account.heading')} id="create-account-heading">
        <Show
          when={!created()}
          fallback={
            <>
              <SuccessNote message={t('orders.confirmation.account.done')} />
              <A href="/orders" class="inline-block text-sm font-semibold text-accent underline underline-offset-4">
                {t('orders.link')}
              </A>
            </>
          }
        >
          <p class="text-sm leading-6 text-ink-soft">{t('orders.confirmation.account.body')}</p>
          <form ref={formEl} onSubmit={submit} noValidate class="space-y-5">
            <FormAlert message={form.formError()} />
            <RegisterFields form={form} email={prefill.email} name={prefill.name} />
            <Button type="submit" busy={form.busy()}>
              {t('register.submit')}
            </Button>
          </form>
          <p class="text-sm text-ink-soft">
            {t('orders.confirmation.account.haveAccount')}{' '}
            <A
              href={`/signin?next=${encodeURIComponent(props.returnTo)}`}
              class="font-semibold text-accent underline underline-offset-4"
            >
              {t('orders.confirmation.account.signIn')}
            </A>
          </p>
        </Show>
      </Card>
    </Show>
  );
}
