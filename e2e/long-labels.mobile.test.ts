import type { Page } from '@playwright/test';
import { de } from '../client/src/i18n/de.js';
import { fr } from '../client/src/i18n/fr.js';
import { expect, test } from './fixtures.js';
import { PAGES, type Words } from './layout-shift-pages.js';
import { cutLabels, widerThanViewport } from './pages/cut-labels.js';
import { expectNoHorizontalScroll } from './pages/site-pages.js';

/**
 * German and French are the shop's longest languages (issue 17): at 375 px every storefront page
 * of PAGES, the header's menu and the chat panel, in each, neither scrolls sideways nor cuts a
 * button's, link's, label's, tab's or menu item's words. One tab goes from page to page (a full
 * navigation each, `?lang=` asking for the language); a page with a problem is reported and the
 * rest are still checked.
 */

const LANGUAGES: { lang: 'de' | 'fr'; words: Words }[] = [
  { lang: 'de', words: de },
  { lang: 'fr', words: fr },
];

/** `path` asking for `lang`, keeping its own query (`/shop?q=case` → `/shop?q=case&lang=de`). */
const inLanguage = (path: string, lang: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

async function expectLabelsFit(page: Page, where: string) {
  await expectNoHorizontalScroll(page).catch(async (error: Error) => {
    expect.soft(await widerThanViewport(page), `${where}: ${error.message.split('\n')[0]}`).toEqual([]);
  });
  expect.soft(await cutLabels(page), `${where}: labels cut off`).toEqual([]);
}

for (const { lang, words } of LANGUAGES) {
  test(`[LANG8] in ${lang} at 375 px every page, the menu and the chat show their labels whole`, async ({
    page,
    context,
    baseURL,
  }) => {
    // A loaded machine can take a while to bring a page's data; how long does not change the layout.
    test.setTimeout((PAGES.length + 2) * 20_000);
    for (const measured of PAGES) {
      await test.step(measured.name, async () => {
        const path = await measured.open({ page, context, baseURL: baseURL! });
        await page.goto(inLanguage(path, lang));
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(measured.ready(page.getByRole('main'), words)).toBeVisible({ timeout: 20_000 });
        await expectLabelsFit(page, `${lang} ${measured.name}`);
      });
    }

    await test.step('the header menu', async () => {
      await page.goto(inLanguage('/', lang));
      await page.getByRole('banner').getByRole('button', { name: words.nav.menu, exact: true }).click();
      await expect(
        page.getByRole('navigation', { name: words.nav.label }).getByRole('link', { name: words.nav.contact }),
      ).toBeVisible();
      await expectLabelsFit(page, `${lang} header menu`);
    });

    await test.step('the chat panel', async () => {
      await page.goto(inLanguage('/', lang));
      await page.getByRole('button', { name: words.chat.open }).click();
      const panel = page.getByRole('dialog', { name: words.chat.heading });
      await expect(panel.getByRole('textbox', { name: words.chat.message })).toBeVisible();
      await expectLabelsFit(page, `${lang} chat panel`);
    });
  });
}
