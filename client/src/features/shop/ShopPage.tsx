import { A, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { Page } from '../../ui/Page.js';

export default function ShopPage() {
  usePageTitle(() => t('shop.title'));
  const [params] = useSearchParams<{ q?: string }>();
  const query = () => (typeof params.q === 'string' ? params.q.trim() : '');

  return (
    <Page heading={t('shop.heading')} lead={t('shop.lead')}>
      <div class="max-w-2xl space-y-6">
        <Show when={query()}>
          <p class="rounded-xl border border-line bg-mist px-4 py-3 text-ink">
            {t('shop.query', { query: query() })}
          </p>
        </Show>
        <p class="text-lg leading-8 text-ink-soft">{t('shop.body')}</p>
        <div class="flex flex-wrap gap-3">
          <A href="/support" class={buttonClass('primary')}>
            {t('shop.supportLink')}
          </A>
          <A href="/contact" class={buttonClass('secondary')}>
            {t('shop.contactLink')}
          </A>
        </div>
      </div>
    </Page>
  );
}
