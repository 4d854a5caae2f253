import { createEffect } from 'solid-js';
import { t } from '../i18n/index.js';

/** Set document.title to "<page> · VisionX" while the calling page is shown. */
export function usePageTitle(page: () => string): void {
  createEffect(() => {
    document.title = t('app.pageTitle', { page: page() });
  });
}
