import { createSignal, For, Match, Switch } from 'solid-js';
import type { StaffDiscount } from '../../../../shared/discounts.js';
import { formatDate, formatPrice, t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { Button } from '../../ui/Button.js';
import { discountState } from './discount-form.js';
import { disableStaffDiscount, staffDiscounts, staffDiscountsPhase } from './discounts.store.js';

const BADGE = {
  active: 'bg-accent-soft text-accent-strong',
  expired: 'bg-mist text-ink-soft',
  usedUp: 'bg-amber-100 text-amber-900',
  disabled: 'bg-mist text-ink-soft',
} as const;

const gives = (d: StaffDiscount) =>
  d.kind === 'percent'
    ? t('discounts.desk.list.percentOff', { value: d.value })
    : t('discounts.desk.list.amountOff', { amount: formatPrice(d.value) });

function DiscountItem(props: { discount: StaffDiscount; onSaid: (words: string) => void }) {
  const d = () => props.discount;
  const state = () => discountState(d(), Date.now());
  const [busy, setBusy] = createSignal(false);
  async function disable() {
    setBusy(true);
    const result = await disableStaffDiscount(d().code);
    setBusy(false);
    props.onSaid(result.ok ? t('discounts.desk.list.disabledDone', { code: d().code }) : errorMessage(result.error));
  }
  return (
    <li class="grid gap-x-4 gap-y-2 py-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center">
      <div class="min-w-0 space-y-1">
        <p class="flex flex-wrap items-center gap-2">
          <span class="font-mono text-base font-bold tracking-wide text-ink">{d().code}</span>
          <span class={`rounded-full px-2 py-0.5 text-xs font-semibold ${BADGE[state()]}`}>
            {t(`discounts.desk.list.${state()}`)}
          </span>
        </p>
        <dl class="flex flex-wrap gap-x-5 gap-y-1 text-sm text-ink-soft">
          <div class="flex gap-1">
            <dt class="sr-only">{t('discounts.desk.list.gives')}</dt>
            <dd class="text-ink">
              {gives(d())}
              {d().minOrderCents > 0
                ? ` · ${t('discounts.desk.list.minimum', { amount: formatPrice(d().minOrderCents) })}`
                : ''}
            </dd>
          </div>
          <div class="flex gap-1">
            <dt>{t('discounts.desk.list.used')}:</dt>
            <dd class="text-ink">
              {d().usageLimit === null
                ? t('discounts.desk.list.usedNoLimit', { used: d().usedCount })
                : t('discounts.desk.list.usedOf', { used: d().usedCount, limit: d().usageLimit! })}
            </dd>
          </div>
          <div class="flex gap-1">
            <dt>{t('discounts.desk.list.expires')}:</dt>
            <dd class="text-ink">
              {d().expiresAt === null
                ? t('discounts.desk.list.never')
                : formatDate(new Date(d().expiresAt!), { dateStyle: 'medium' })}
            </dd>
          </div>
        </dl>
      </div>
      {state() !== 'disabled' && (
        <Button variant="secondary" busy={busy()} onClick={() => void disable()} class="justify-self-start">
          {t('discounts.desk.list.disable')}
          <span class="sr-only"> {d().code}</span>
        </Button>
      )}
    </li>
  );
}

/** Every code, newest first: what it gives, used of its limit, its last day, and Disable. */
export function DiscountList() {
  const [said, setSaid] = createSignal('');
  return (
    <div>
      <p aria-live="polite" class="min-h-5 text-sm text-ink-soft">
        {said()}
      </p>
      <Switch>
        <Match when={staffDiscountsPhase() !== 'ready' && staffDiscounts().length === 0}>
          <p class="py-4 text-ink-soft" aria-busy="true">
            {t('discounts.desk.list.loading')}
          </p>
        </Match>
        <Match when={staffDiscounts().length === 0}>
          <p class="py-4 text-ink-soft">{t('discounts.desk.list.empty')}</p>
        </Match>
        <Match when={true}>
          <ul class="divide-y divide-line">
            <For each={staffDiscounts()}>{(d) => <DiscountItem discount={d} onSaid={setSaid} />}</For>
          </ul>
        </Match>
      </Switch>
    </div>
  );
}
