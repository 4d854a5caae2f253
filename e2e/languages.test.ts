import { expect, test } from './fixtures.js';
import { scrollPage } from './pages/site-pages.js';

/**
 * The shop in French, German and Spanish (issue 17, docs/decisions/032-languages.md): the footer's
 * language select switches every text at once and the choice is kept for the browser ([LANG2]);
 * a first visit starts in the browser's language, `?lang=` in the one asked ([LANG1]).
 */

const html = (page: import('@playwright/test').Page) => page.locator('html');

test('[LANG1] [LANG2] a shopper switches to French in the footer: the page, a second tab and a reload follow', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(html(page)).toHaveAttribute('lang', 'en');
  const other = await context.newPage();
  await other.goto('/about');
  await expect(other.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await scrollPage(page, 'end');
  const select = page.getByRole('contentinfo').getByRole('combobox', { name: 'Language' });
  await expect(select).toHaveValue('en');
  await select.selectOption({ label: 'Français' });

  const nav = page.getByRole('navigation', { name: 'Menu principal' });
  await expect(nav.getByRole('link', { name: 'Boutique', exact: true })).toBeVisible();
  await expect(html(page)).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('contentinfo').getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
  // The other tab follows without a reload.
  await expect(
    other.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Aide' }),
  ).toBeVisible();
  await expect(html(other)).toHaveAttribute('lang', 'fr');

  // A reload starts in French: the server chose it from the session, before any script ran.
  const served = await page.request.get('/shop');
  expect(await served.text()).toContain('<html lang="fr"');
  await page.reload();
  await expect(nav.getByRole('link', { name: 'Boutique', exact: true })).toBeVisible();
  await page.goto('/policies/shipping');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Shipping & returns');
  await expect(html(page)).toHaveAttribute('lang', 'fr');
});

test('[LANG1] a first visit starts in the browser language, and ?lang= in the one asked', async ({
  browser,
  baseURL,
}) => {
  const german = await browser.newContext({ baseURL, locale: 'de-DE' });
  const page = await german.newPage();
  await page.goto('/shop');
  await expect(html(page)).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Hilfe' })).toBeVisible();
  // Prices stay in US dollars, written the German way.
  await expect(
    page
      .getByRole('main')
      .getByText(/\d,\d{2}\s\$/)
      .first(),
  ).toBeVisible();

  await page.goto('/?lang=es');
  await expect(html(page)).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Tienda' })).toBeVisible();
  await german.close();
});
