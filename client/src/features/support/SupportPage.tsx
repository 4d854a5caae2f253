import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { t, type MessageKey } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { Page } from '../../ui/Page.js';
import { ChatPanel } from '../chat/ChatPanel.js';
import { OpenLinkedConversation } from '../chat/OpenLinkedConversation.js';

const FAQ = ['battery', 'warranty', 'shipping', 'returns'] as const;
// Described rather than named: the footer already has links named after each policy.
const POLICIES: readonly { href: string; label: MessageKey }[] = [
  { href: '/policies/shipping', label: 'support.policyLinks.shipping' },
  { href: '/policies/warranty', label: 'support.policyLinks.warranty' },
  { href: '/policies/privacy', label: 'support.policyLinks.privacy' },
  { href: '/policies/terms', label: 'support.policyLinks.terms' },
];

export default function SupportPage() {
  usePageTitle(() => t('support.title'));
  return (
    <Page heading={t('support.heading')} lead={t('support.lead')}>
      <div class="grid gap-12 lg:grid-cols-[1.5fr_1fr]">
        <div class="space-y-10">
          <section
            aria-labelledby="support-chat-heading"
            class="overflow-hidden rounded-2xl border border-line shadow-xs"
          >
            <ChatPanel
              headingId="support-chat-heading"
              heading={t('chat.supportHeading')}
              class="h-[36rem] max-h-[80dvh]"
            />
            <OpenLinkedConversation />
          </section>
          <div class="space-y-6">
            <p class="text-lg leading-8 text-ink-soft">{t('support.body')}</p>
            <A href="/contact" class={buttonClass('primary')}>
              {t('support.contactCta')}
            </A>
          </div>
          <section aria-labelledby="faq-heading">
            <h2 id="faq-heading" class="text-2xl font-semibold tracking-tight text-ink">
              {t('support.faqHeading')}
            </h2>
            <div class="mt-4 divide-y divide-line border-y border-line">
              <For each={FAQ}>
                {(item) => (
                  <details class="group py-4">
                    <summary class="flex cursor-pointer list-none items-center justify-between gap-4 rounded-md font-semibold text-ink">
                      {t(`support.faq.${item}.q`)}
                      <span aria-hidden="true" class="text-xl text-accent transition-transform group-open:rotate-45">
                        +
                      </span>
                    </summary>
                    <p class="mt-3 leading-7 text-ink-soft">{t(`support.faq.${item}.a`)}</p>
                  </details>
                )}
              </For>
            </div>
          </section>
        </div>
        <section aria-labelledby="support-policies" class="h-fit rounded-2xl bg-mist p-6 sm:p-8">
          <h2 id="support-policies" class="text-xl font-semibold text-ink">
            {t('support.policiesHeading')}
          </h2>
          <p class="mt-2 text-ink-soft">{t('support.policiesBody')}</p>
          <ul class="mt-4 space-y-2">
            <For each={POLICIES}>
              {(policy) => (
                <li>
                  <A href={policy.href} class="font-semibold text-accent underline underline-offset-4">
                    {t(policy.label)}
                  </A>
                </li>
              )}
            </For>
          </ul>
        </section>
      </div>
    </Page>
  );
}
