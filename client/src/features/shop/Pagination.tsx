import { Index, Show, type JSX } from 'solid-js';
import { t } from '../../i18n/index.js';
import { pageItems } from './shop-query.js';

const ITEM = 'inline-flex gap-1 min-h-11 min-w-11 items-center justify-center rounded-full px-3 text-sm font-semibold';

/** Real links, so every page has an address and opens in a new tab like any other link. */
export function Pagination(props: { page: number; pageCount: number; href: (page: number) => string }) {
  const Step = (p: { to: number; enabled: boolean; children: JSX.Element }) => (
    <Show
      when={p.enabled}
      fallback={
        <span aria-disabled="true" class={`${ITEM} text-ink-soft/60`}>
          {p.children}
        </span>
      }
    >
      <a href={props.href(p.to)} class={`${ITEM} text-ink hover:bg-mist`}>
        {p.children}
      </a>
    </Show>
  );

  return (
    <nav aria-label={t('shop.pagination.label')} class="mt-10 flex flex-wrap items-center justify-center gap-1">
      <Step to={props.page - 1} enabled={props.page > 1}>
        <span aria-hidden="true">‹</span> {t('shop.pagination.previous')}
      </Step>
      <ul class="flex flex-wrap items-center gap-1">
        <Index each={pageItems(props.page, props.pageCount)}>
          {(item) => (
            <li>
              <Show when={item() !== 'gap'} fallback={<span class={`${ITEM} min-w-6 px-0 text-ink-soft`}>…</span>}>
                <a
                  href={props.href(item() as number)}
                  aria-label={t('shop.pagination.page', { page: item() })}
                  aria-current={item() === props.page ? 'page' : undefined}
                  class={`${ITEM} aria-[current=page]:bg-ink aria-[current=page]:text-white hover:bg-mist aria-[current=page]:hover:bg-ink`}
                >
                  {item()}
                </a>
              </Show>
            </li>
          )}
        </Index>
      </ul>
      <Step to={props.page + 1} enabled={props.page < props.pageCount}>
        {t('shop.pagination.next')} <span aria-hidden="true">›</span>
      </Step>
    </nav>
  );
}
