import { useLocation, useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal } from 'solid-js';
import { t } from '../i18n/index.js';

function SearchIcon() {
  return (
    <svg viewBox="0 0 20 20" class="size-5" aria-hidden="true">
      <circle cx="9" cy="9" r="5.5" fill="none" stroke="currentColor" stroke-width="1.8" />
      <path d="m13.2 13.2 3.8 3.8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}

/** Product search: the catalog answers it on /shop. */
export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams<{ q?: string }>();
  const [query, setQuery] = createSignal('');

  // Keep the box in step with /shop?q=… when arriving by link or history.
  createEffect(() => {
    if (location.pathname === '/shop') setQuery(typeof params.q === 'string' ? params.q : '');
  });

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const q = query().trim();
    navigate(q ? `/shop?q=${encodeURIComponent(q)}` : '/shop');
  }

  return (
    <form role="search" onSubmit={submit} class="relative w-full">
      <label for="site-search" class="sr-only">
        {t('search.label')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        value={query()}
        onInput={(e) => setQuery(e.currentTarget.value)}
        placeholder={t('search.placeholder')}
        autocomplete="off"
        enterkeyhint="search"
        class="block w-full rounded-full border border-line bg-mist py-2.5 pr-12 pl-4 text-base text-ink placeholder:text-ink-soft/70 focus:bg-white"
      />
      <button
        type="submit"
        aria-label={t('search.submit')}
        class="absolute inset-y-1 right-1 inline-flex w-10 items-center justify-center rounded-full text-ink-soft hover:bg-line/60 hover:text-ink"
      >
        <SearchIcon />
      </button>
    </form>
  );
}
