import { A, useLocation } from '@solidjs/router';
import { createEffect, createSignal, For, on } from 'solid-js';
import { AccountMenu } from '../features/account/AccountMenu.js';
import { t, type MessageKey } from '../i18n/index.js';
import { CartButton } from './CartButton.js';
import { Logo } from '../ui/Logo.js';
import { SearchBox } from './SearchBox.js';

const NAV: readonly { href: string; label: MessageKey }[] = [
  { href: '/shop', label: 'nav.shop' },
  { href: '/support', label: 'nav.support' },
  { href: '/about', label: 'nav.about' },
  { href: '/contact', label: 'nav.contact' },
];

function MenuIcon(props: { open: boolean }) {
  return (
    <svg viewBox="0 0 24 24" class="size-5" aria-hidden="true">
      <path
        d={props.open ? 'M6 6l12 12M18 6 6 18' : 'M4 7h16M4 12h16M4 17h16'}
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
      />
    </svg>
  );
}

export function Header() {
  const location = useLocation();
  const [menuOpen, setMenuOpen] = createSignal(false);
  let menuButton: HTMLButtonElement | undefined;

  createEffect(
    on(
      () => location.pathname,
      () => setMenuOpen(false),
      { defer: true },
    ),
  );

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !menuOpen()) return;
    setMenuOpen(false);
    menuButton?.focus();
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape pressed anywhere in the header closes its open menu; the header itself takes no input
    <header class="sticky top-0 z-20 border-b border-line bg-white/95 backdrop-blur" onKeyDown={closeOnEscape}>
      <div class="mx-auto grid max-w-6xl grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-3 px-4 py-3 sm:px-6 lg:grid-cols-[auto_auto_1fr_auto]">
        <A href="/" aria-label={t('logo.home')} class="rounded-lg" end>
          <Logo compact />
        </A>
        <nav
          id="main-menu"
          aria-label={t('nav.label')}
          class={`${menuOpen() ? 'block' : 'hidden'} col-span-3 row-start-3 lg:col-span-1 lg:row-start-auto lg:block`}
        >
          <ul class="flex flex-col gap-1 border-t border-line pt-2 lg:flex-row lg:border-0 lg:pt-0">
            <For each={NAV}>
              {(item) => (
                <li>
                  <A
                    href={item.href}
                    class="block rounded-full px-3 py-2 text-base font-medium text-ink-soft hover:bg-mist hover:text-ink lg:text-sm"
                    activeClass="bg-mist text-ink"
                  >
                    {t(item.label)}
                  </A>
                </li>
              )}
            </For>
          </ul>
        </nav>
        <div class="col-span-3 row-start-2 flex items-center gap-2 lg:col-span-1 lg:row-start-auto lg:justify-end">
          <button
            ref={menuButton}
            type="button"
            aria-expanded={menuOpen()}
            aria-controls="main-menu"
            onClick={() => setMenuOpen(!menuOpen())}
            class="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-full border border-line px-4 text-sm font-semibold text-ink hover:bg-mist lg:hidden"
          >
            <MenuIcon open={menuOpen()} />
            {t('nav.menu')}
          </button>
          <div class="w-full lg:max-w-xs">
            <SearchBox />
          </div>
        </div>
        <div class="col-start-3 row-start-1 flex items-center justify-end gap-1 lg:col-start-4">
          <AccountMenu />
          <CartButton />
        </div>
      </div>
    </header>
  );
}
