import { t } from '../i18n/index.js';

/** The first Tab stop of a layout: straight to its main content (the storefront's and the desk's). */
export function SkipLink(props: { main: () => HTMLElement | undefined }) {
  function skipToContent(event: MouseEvent) {
    event.preventDefault();
    props.main()?.focus();
    props.main()?.scrollIntoView();
  }
  return (
    // biome-ignore lint/a11y/useValidAnchor: a real skip link (#main); the click also moves focus, which a hash alone does not in every browser
    <a
      href="#main"
      onClick={skipToContent}
      class="sr-only z-50 rounded-lg bg-ink px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:px-4 focus:py-2"
    >
      {t('app.skipToContent')}
    </a>
  );
}
