import { useLocation, type RouteSectionProps } from '@solidjs/router';
import { createEffect, on, Suspense } from 'solid-js';
import { ChatLauncher } from '../features/chat/ChatLauncher.js';
import { t } from '../i18n/index.js';
import { Announcements } from './Announcements.js';
import { ConnectionIndicator } from './ConnectionIndicator.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';
import { PageLoading } from '../ui/PageLoading.js';

export function Layout(props: RouteSectionProps) {
  const location = useLocation();
  let main: HTMLElement | undefined;

  // After client-side navigation, start keyboard and screen reader users at the new content.
  createEffect(
    on(
      () => location.pathname,
      () => main?.focus({ preventScroll: true }),
      { defer: true },
    ),
  );

  function skipToContent(event: MouseEvent) {
    event.preventDefault();
    main?.focus();
    main?.scrollIntoView();
  }

  return (
    <div class="flex min-h-dvh flex-col">
      {/* biome-ignore lint/a11y/useValidAnchor: a real skip link (#main); the click also moves focus, which a hash alone does not in every browser */}
      <a
        href="#main"
        onClick={skipToContent}
        class="sr-only z-50 rounded-lg bg-ink px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:px-4 focus:py-2"
      >
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" ref={main} tabindex="-1" class="flex-1 outline-none">
        <Suspense fallback={<PageLoading />}>{props.children}</Suspense>
      </main>
      <Footer />
      <ChatLauncher />
      <Announcements />
      <ConnectionIndicator />
    </div>
  );
}
