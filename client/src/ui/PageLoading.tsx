import { t } from '../i18n/index.js';

/** What a page shows while its chunk or its data loads. */
export function PageLoading() {
  // A screen tall, so the footer stays below the fold until the page arrives (no layout shift).
  return (
    <p class="mx-auto min-h-dvh max-w-6xl px-4 py-16 text-ink-soft sm:px-6" aria-busy="true">
      {t('app.loading')}
    </p>
  );
}
