import { useLocation, useParams } from '@solidjs/router';
import { createEffect, createResource, ErrorBoundary, For, Show } from 'solid-js';
import { formatDate, locale, t, type MessageKey } from '../../i18n/index.js';
import { isPolicySlug, loadPolicy, type PolicyDoc, type PolicySlug } from '../../i18n/policies.js';
import { usePageTitle } from '../../lib/title.js';
import { FormAlert } from '../../ui/Messages.js';
import { Page } from '../../ui/Page.js';
import { NotFound } from '../not-found/NotFoundPage.js';
import { PolicySectionView } from './PolicyBody.js';

const LABELS: Record<PolicySlug, MessageKey> = {
  shipping: 'policies.shipping',
  warranty: 'policies.warranty',
  privacy: 'policies.privacy',
  terms: 'policies.terms',
};

function PolicyDocument(props: { doc: PolicyDoc }) {
  const location = useLocation();
  // The text arrives after the router tried to scroll to #section on first load.
  createEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (props.doc && id) document.getElementById(id)?.scrollIntoView();
  });

  return (
    <Page heading={props.doc.title} lead={props.doc.summary}>
      <p class="-mt-6 mb-10 text-sm text-ink-soft">{t('policies.updated', { date: formatDate(props.doc.updated) })}</p>
      <div class="grid gap-12 lg:grid-cols-[14rem_1fr]">
        <nav aria-labelledby="policy-contents" class="min-w-0 lg:sticky lg:top-28 lg:h-fit">
          <h2 id="policy-contents" class="text-sm font-semibold tracking-wide text-ink-soft uppercase">
            {t('policies.contents')}
          </h2>
          <ol class="mt-3 space-y-2 text-sm">
            <For each={props.doc.sections}>
              {(section) => (
                <li>
                  <a href={`#${section.id}`} class="text-ink underline-offset-4 hover:underline">
                    {section.heading}
                  </a>
                </li>
              )}
            </For>
          </ol>
        </nav>
        <div class="max-w-3xl min-w-0 space-y-10">
          <For each={props.doc.sections}>{(section) => <PolicySectionView section={section} />}</For>
        </div>
      </div>
    </Page>
  );
}

export default function PolicyPage() {
  const params = useParams<{ slug: string }>();
  const slug = () => (isPolicySlug(params.slug) ? params.slug : null);
  // Read again in the new language when the shopper switches.
  const [doc] = createResource(
    () => slug() && ([slug(), locale()] as const),
    ([s]) => loadPolicy(s as PolicySlug),
  );
  usePageTitle(() => (slug() ? t(LABELS[slug() as PolicySlug]) : t('notFound.title')));

  return (
    <Show when={slug()} fallback={<NotFound />}>
      {(current) => (
        <ErrorBoundary
          fallback={
            <Page heading={t(LABELS[current()])}>
              <FormAlert message={t('policies.loadFailed')} />
            </Page>
          }
        >
          <Show when={doc()}>{(loaded) => <PolicyDocument doc={loaded()} />}</Show>
        </ErrorBoundary>
      )}
    </Show>
  );
}
