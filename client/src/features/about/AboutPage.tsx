import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { Page } from '../../ui/Page.js';

const SECTIONS = ['origin', 'design', 'materials', 'promise'] as const;

export default function AboutPage() {
  usePageTitle(() => t('about.title'));
  return (
    <Page heading={t('about.heading')} lead={t('about.lead')}>
      <div class="grid gap-x-12 gap-y-10 md:grid-cols-2">
        <For each={SECTIONS}>
          {(section) => (
            <section aria-labelledby={`about-${section}`} class="border-t-2 border-ink pt-6">
              <h2 id={`about-${section}`} class="text-2xl font-semibold tracking-tight text-ink">
                {t(`about.sections.${section}.heading`)}
              </h2>
              <p class="mt-4 text-lg leading-8 text-ink-soft">{t(`about.sections.${section}.body`)}</p>
            </section>
          )}
        </For>
      </div>
      <A href="/shop" class={`${buttonClass('primary')} mt-12`}>
        {t('about.cta')}
      </A>
    </Page>
  );
}
