import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { t, tSplit, type MessageKey } from '../i18n/index.js';
import { Logo } from '../ui/Logo.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';

const POLICY_LINKS: readonly { href: string; label: MessageKey }[] = [
  { href: '/policies/shipping', label: 'policies.shipping' },
  { href: '/policies/warranty', label: 'policies.warranty' },
  { href: '/policies/privacy', label: 'policies.privacy' },
  { href: '/policies/terms', label: 'policies.terms' },
];

export function Footer() {
  const email = t('footer.email');
  const [before, after] = tSplit('footer.help', 'email');

  return (
    <footer class="mt-24 bg-ink text-white">
      <div class="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-[1.4fr_1fr]">
        <div class="space-y-4">
          <span class="inline-block rounded-lg bg-white px-2 py-1">
            <Logo />
          </span>
          <p class="max-w-sm text-sm leading-6 text-white/80">{t('footer.tagline')}</p>
          <p class="text-sm text-white/80">
            {before}
            <a href={`mailto:${email}`} class="font-semibold text-white underline underline-offset-4">
              {email}
            </a>
            {after}
          </p>
          {/* Guests have no account menu with "Your orders": this is how they find an order placed in this browser. */}
          <p class="text-sm">
            <A href="/orders" class="font-semibold text-white underline underline-offset-4">
              {t('footer.orders')}
            </A>
          </p>
        </div>
        <nav aria-labelledby="footer-policies">
          <h2 id="footer-policies" class="text-sm font-semibold tracking-wide text-white/70 uppercase">
            {t('footer.policies')}
          </h2>
          <ul class="mt-4 grid gap-2 sm:grid-cols-2">
            <For each={POLICY_LINKS}>
              {(link) => (
                <li>
                  <A href={link.href} class="inline-block py-1 text-white underline-offset-4 hover:underline">
                    {t(link.label)}
                  </A>
                </li>
              )}
            </For>
          </ul>
        </nav>
      </div>
      <div class="border-t border-white/15">
        <div class="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-6">
          <p class="text-xs text-white/70">{t('footer.copyright', { year: new Date().getFullYear() })}</p>
          <LanguageSwitcher id="footer-language" />
        </div>
      </div>
    </footer>
  );
}
