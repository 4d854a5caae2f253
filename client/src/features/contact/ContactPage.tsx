import { createSignal, Show } from 'solid-js';
import { formatDate, t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { Button } from '../../ui/Button.js';
import { Page } from '../../ui/Page.js';
import { ContactForm, type SentMessage } from './ContactForm.js';

function Receipt(props: { sent: SentMessage; onAnother: () => void }) {
  let heading: HTMLHeadingElement | undefined;
  queueMicrotask(() => heading?.focus());
  return (
    <section class="space-y-4 rounded-2xl border border-accent/30 bg-accent-soft p-6 sm:p-8">
      <div role="status" class="space-y-4">
        <h2 ref={heading} tabindex="-1" class="text-2xl font-semibold text-accent-strong">
          {t('contact.successHeading')}
        </h2>
        <p class="text-ink">
          {t('contact.successBody', {
            name: props.sent.name,
            date: formatDate(props.sent.receipt.receivedAt, { dateStyle: 'long', timeStyle: 'short' }),
          })}
        </p>
        <p class="text-ink">{t('contact.reference', { id: props.sent.receipt.id, email: props.sent.email })}</p>
      </div>
      <Button variant="secondary" onClick={() => props.onAnother()}>
        {t('contact.another')}
      </Button>
    </section>
  );
}

export default function ContactPage() {
  usePageTitle(() => t('contact.title'));
  const [sent, setSent] = createSignal<SentMessage | null>(null);

  return (
    <Page heading={t('contact.heading')} lead={t('contact.intro')} narrow>
      <Show when={sent()} fallback={<ContactForm onSent={setSent} />}>
        {(message) => <Receipt sent={message()} onAnother={() => setSent(null)} />}
      </Show>
    </Page>
  );
}
