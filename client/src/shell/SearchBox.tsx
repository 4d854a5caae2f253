import { useLocation, useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, For, on } from 'solid-js';
import type { Suggestion } from '../../../shared/catalog.js';
import { formatPrice, t } from '../i18n/index.js';
import { createSuggestions } from './search-suggestions.js';

function SearchIcon() {
  return (
    <svg viewBox="0 0 20 20" class="size-5" aria-hidden="true">
      <circle cx="9" cy="9" r="5.5" fill="none" stroke="currentColor" stroke-width="1.8" />
      <path d="m13.2 13.2 3.8 3.8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}

const LISTBOX = 'site-search-listbox';
const optionId = (index: number) => `site-search-option-${index}`;

/**
 * Product search, an ARIA combobox: suggestions as you type (↑/↓ to move, Enter to open the
 * highlighted product, Escape to close); Enter without a highlighted one searches on /shop.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams<{ q?: string }>();
  const [query, setQuery] = createSignal('');
  const [expanded, setExpanded] = createSignal(false);
  const [active, setActive] = createSignal(-1);
  const suggestions = createSuggestions();
  const open = () => expanded() && suggestions.items().length > 0;

  function close() {
    setExpanded(false);
    setActive(-1);
  }

  // Keep the box in step with /shop?q=… when arriving by link or history.
  createEffect(() => {
    if (location.pathname === '/shop') setQuery(typeof params.q === 'string' ? params.q : '');
  });
  // A new page: whatever was suggested belongs to the old one.
  createEffect(
    on(
      () => location.pathname + location.search,
      () => {
        close();
        suggestions.clear();
      },
      { defer: true },
    ),
  );

  function openProduct(item: Suggestion) {
    close();
    navigate(`/products/${item.slug}`);
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    close();
    const q = query().trim();
    navigate(q ? `/shop?q=${encodeURIComponent(q)}` : '/shop');
  }

  function onKeyDown(event: KeyboardEvent) {
    const count = suggestions.items().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      setExpanded(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i === -1 && step < 0 ? count - 1 : (i + step + count) % count));
    } else if (event.key === 'Enter' && open() && active() >= 0) {
      event.preventDefault();
      const item = suggestions.items()[active()];
      if (item) openProduct(item);
    } else if (event.key === 'Escape' && open()) {
      // Only close: a search field would otherwise also clear its text on Escape.
      event.preventDefault();
      close();
    }
  }

  return (
    <form
      role="search"
      onSubmit={submit}
      onFocusOut={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) close();
      }}
      class="relative w-full"
    >
      <label for="site-search" class="sr-only">
        {t('search.label')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open()}
        aria-controls={LISTBOX}
        aria-activedescendant={open() && active() >= 0 ? optionId(active()) : undefined}
        value={query()}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setExpanded(true);
          setActive(-1);
          suggestions.update(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
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
      <ul
        id={LISTBOX}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA combobox pattern: the list is the field's listbox, focus stays in the field (aria-activedescendant)
        role="listbox"
        aria-label={t('search.suggestions')}
        hidden={!open()}
        class="absolute inset-x-0 top-full z-30 mt-2 lg:left-auto lg:w-[26rem] overflow-hidden rounded-2xl border border-line bg-white py-1.5 shadow-xl"
      >
        <For each={suggestions.items()}>
          {(item, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: an option of the combobox: the keyboard moves through the options from the field (arrows, Enter), the pointer clicks them
            <li
              id={optionId(index())}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the combobox's listbox
              role="option"
              aria-selected={index() === active()}
              // Keep focus in the field: the click then opens the product.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => openProduct(item)}
              onMouseMove={() => setActive(index())}
              class="flex cursor-pointer items-center gap-3 px-3 py-2 aria-selected:bg-mist"
            >
              <img
                src={item.image}
                alt=""
                width="40"
                height="40"
                class="size-10 shrink-0 rounded-lg bg-mist object-contain"
              />
              <span class="line-clamp-2 min-w-0 flex-1 text-sm leading-5 font-medium text-ink">{item.name}</span>
              <span class="shrink-0 text-sm text-ink-soft">{formatPrice(item.priceFromCents)}</span>
            </li>
          )}
        </For>
      </ul>
      <p role="status" class="sr-only">
        {open() ? t('search.suggestionCount', { count: suggestions.items().length }) : ''}
      </p>
    </form>
  );
}
