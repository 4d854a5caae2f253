import { A } from '@solidjs/router';
import { Match, Switch, createUniqueId } from 'solid-js';
import { t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { currentUser } from '../account/viewer.js';
import { DiscountCreateForm } from './DiscountCreateForm.js';
import { DiscountList } from './DiscountList.js';
import { useStaffDiscounts } from './discounts.store.js';

function Codes() {
  useStaffDiscounts();
  const [formId, listId] = [createUniqueId(), createUniqueId()];
  return (
    <div class="grid gap-8 lg:grid-cols-[24rem_minmax(0,1fr)] lg:items-start">
      <section aria-labelledby={formId} class="rounded-2xl border border-line p-5 sm:p-6">
        <h2 id={formId} class="mb-4 text-lg font-bold text-ink">
          {t('discounts.desk.create.heading')}
        </h2>
        <DiscountCreateForm />
      </section>
      <section aria-labelledby={listId} class="min-w-0">
        <h2 id={listId} class="text-lg font-bold text-ink">
          {t('discounts.desk.list.heading')}
        </h2>
        <DiscountList />
      </section>
    </div>
  );
}

/** /staff/discounts: the desk's discount codes (SPEC [DISC1]). The server serves /staff/* to staff only. */
export default function StaffDiscountsPage() {
  usePageTitle(() => t('discounts.desk.title'));
  return (
    <main id="main" class="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:px-6">
      <A
        href="/staff"
        class="inline-flex min-h-11 items-center text-sm font-semibold text-accent underline underline-offset-4"
      >
        {t('discounts.desk.back')}
      </A>
      <h1 class="text-2xl font-bold tracking-tight text-ink">{t('discounts.desk.heading')}</h1>
      <Switch>
        <Match when={currentUser() === undefined}>
          <p class="text-ink-soft" aria-busy="true">
            {t('app.loading')}
          </p>
        </Match>
        <Match when={currentUser()?.role !== 'staff'}>
          <p class="text-lg text-ink-soft">{t('staff.signInNeeded')}</p>
          <A href="/signin?next=%2Fstaff%2Fdiscounts" class={buttonClass()}>
            {t('staff.signIn')}
          </A>
        </Match>
        <Match when={true}>
          <Codes />
        </Match>
      </Switch>
    </main>
  );
}
