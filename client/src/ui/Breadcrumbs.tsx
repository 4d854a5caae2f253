import { For, Show } from 'solid-js';

export interface Crumb {
  label: string;
  /** Absent for the current page, the last crumb. */
  href?: string;
}

export function Breadcrumbs(props: { label: string; items: Crumb[] }) {
  return (
    <nav aria-label={props.label}>
      <ol class="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-ink-soft">
        <For each={props.items}>
          {(crumb, index) => (
            <li class="flex min-w-0 items-center gap-1.5">
              <Show when={index() > 0}>
                <span aria-hidden="true">›</span>
              </Show>
              <Show
                when={crumb.href}
                fallback={
                  <span aria-current="page" class="truncate font-medium text-ink">
                    {crumb.label}
                  </span>
                }
              >
                {(href) => (
                  <a href={href()} class="underline-offset-4 hover:text-ink hover:underline">
                    {crumb.label}
                  </a>
                )}
              </Show>
            </li>
          )}
        </For>
      </ol>
    </nav>
  );
}
