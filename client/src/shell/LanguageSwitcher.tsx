import { For } from 'solid-js';
import { isLocale, LOCALE_NAMES, LOCALES } from '../../../shared/locales.js';
import { locale, setLocale, t } from '../i18n/index.js';
import { request } from '../lib/socket.js';

/**
 * The shop's language (docs/decisions/032-languages.md): a labelled select whose options are
 * each language's own name, in that language. The page switches at once; the choice is stored
 * for this browser and the account, and the other tabs follow ([LANG2]).
 */
export function LanguageSwitcher(props: { id: string }) {
  const choose = async (value: string) => {
    if (!isLocale(value) || value === locale()) return;
    await setLocale(value);
    await request('session:set-locale', { locale: value });
  };
  return (
    <div class="flex items-center gap-2 text-sm">
      <label for={props.id} class="text-white/80">
        {t('footer.language')}
      </label>
      <select
        id={props.id}
        class="rounded-md border border-white/30 bg-ink px-2 py-1 text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
        value={locale()}
        onChange={(e) => void choose(e.currentTarget.value)}
      >
        <For each={LOCALES}>
          {(code) => (
            <option value={code} lang={code}>
              {LOCALE_NAMES[code]}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
