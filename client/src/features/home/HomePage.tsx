import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { t, type MessageKey } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { RecentlyViewed } from '../product/RecentlyViewed.js';
import { HomeProducts } from './HomeProducts.js';
import { PhoneIllustration } from './PhoneIllustration.js';
import { TypedWord } from './TypedWord.js';

const VALUES = ['modular', 'repairable', 'sustainable'] as const;
const FACTS = ['battery', 'parts', 'warranty'] as const;
const WORD_KEYS: readonly MessageKey[] = [
  'home.words.future',
  'home.words.companion',
  'home.words.life',
  'home.words.phone',
];

function Hero() {
  return (
    <section class="mx-auto grid max-w-6xl items-center gap-10 px-4 pt-12 pb-16 sm:px-6 sm:pt-20 lg:grid-cols-[1.2fr_1fr]">
      <div>
        <h1 class="text-5xl leading-[1.05] font-bold tracking-tight text-ink sm:text-7xl">
          <span class="sr-only">{t('home.heading')}</span>
          <span aria-hidden="true" class="block">
            {t('home.lead')}
          </span>
          <span class="block min-h-[1.05em]">
            <TypedWord words={WORD_KEYS.map((key) => t(key))} />
          </span>
        </h1>
        <p class="mt-6 max-w-xl text-lg leading-8 text-pretty text-ink-soft">{t('home.intro')}</p>
        <div class="mt-8 flex flex-wrap gap-3">
          <A href="/shop" class={buttonClass('primary')}>
            {t('home.shopCta')}
          </A>
          <A href="/support" class={buttonClass('secondary')}>
            {t('home.supportCta')}
          </A>
        </div>
      </div>
      <div class="flex justify-center">
        <PhoneIllustration />
      </div>
    </section>
  );
}

function Values() {
  return (
    <section aria-labelledby="values-heading" class="bg-mist">
      <div class="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-20">
        <h2 id="values-heading" class="max-w-2xl text-3xl font-bold tracking-tight text-ink sm:text-4xl">
          {t('home.valuesHeading')}
        </h2>
        <ul class="mt-10 grid gap-6 md:grid-cols-3">
          <For each={VALUES}>
            {(value, index) => (
              <li class="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-line sm:p-8">
                <span aria-hidden="true" class="text-sm font-semibold text-accent">
                  0{index() + 1}
                </span>
                <h3 class="mt-3 text-xl font-semibold text-ink">{t(`home.values.${value}.title`)}</h3>
                <p class="mt-3 leading-7 text-ink-soft">{t(`home.values.${value}.body`)}</p>
              </li>
            )}
          </For>
        </ul>
      </div>
    </section>
  );
}

function Facts() {
  return (
    <section aria-labelledby="facts-heading" class="mx-auto max-w-6xl px-4 py-16 sm:px-6">
      <h2 id="facts-heading" class="sr-only">
        {t('home.factsHeading')}
      </h2>
      <dl class="grid gap-8 sm:grid-cols-3">
        <For each={FACTS}>
          {(fact) => (
            <div class="flex flex-col-reverse gap-1 border-l-4 border-accent pl-5">
              <dt class="text-ink-soft">{t(`home.facts.${fact}.label`)}</dt>
              <dd class="text-4xl font-bold tracking-tight text-ink">{t(`home.facts.${fact}.value`)}</dd>
            </div>
          )}
        </For>
      </dl>
    </section>
  );
}

function Help() {
  return (
    <section aria-labelledby="help-heading" class="mx-auto max-w-6xl px-4 sm:px-6">
      <div class="rounded-3xl bg-ink px-6 py-12 text-white sm:px-12">
        <h2 id="help-heading" class="text-3xl font-bold tracking-tight">
          {t('home.helpHeading')}
        </h2>
        <p class="mt-4 max-w-2xl text-lg leading-8 text-white/80">{t('home.helpBody')}</p>
        <A href="/contact" class={`${buttonClass('secondary')} mt-8`}>
          {t('home.helpCta')}
        </A>
      </div>
    </section>
  );
}

export default function HomePage() {
  usePageTitle(() => t('home.title'));
  return (
    <>
      <Hero />
      <HomeProducts />
      <RecentlyViewed class="mx-auto max-w-6xl px-4 pb-16 sm:px-6" />
      <Values />
      <Facts />
      <Help />
    </>
  );
}
