import { useLocation, type RouteSectionProps } from '@solidjs/router';
import { createEffect, on, Suspense } from 'solid-js';
import { ChatLauncher } from '../features/chat/ChatLauncher.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';
import { PageLoading } from '../ui/PageLoading.js';
import { SkipLink } from '../ui/SkipLink.js';

/** The storefront's chrome around a page (the desk at /staff has its own: features/staff/DeskShell.tsx). */
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

  return (
    <div class="flex min-h-dvh flex-col">
      <SkipLink main={() => main} />
      <Header />
      {/* A screen tall at least, so the footer starts below the fold and is never pushed down the
          screen as a page's data arrives (layout shift, SPEC [HEAD7]). */}
      <main id="main" ref={main} tabindex="-1" class="min-h-dvh flex-1 outline-none">
        <Suspense fallback={<PageLoading />}>{props.children}</Suspense>
      </main>
      {/* Before the footer: on a phone's cart and checkout the launcher is a line at the page's end. */}
      <ChatLauncher />
      <Footer />
    </div>
  );
}
