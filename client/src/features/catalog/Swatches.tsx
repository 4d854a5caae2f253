import { For, Show } from 'solid-js';
import type { Colour } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';

const SHOWN = 5;

/** A product's colours as dots, named for screen readers; long lists end in "+2". */
export function Swatches(props: { colours: Colour[] }) {
  const shown = () => props.colours.slice(0, SHOWN);
  const more = () => props.colours.length - SHOWN;
  return (
    <ul aria-label={t('catalog.colours')} class="flex items-center gap-1">
      <For each={shown()}>
        {(colour) => (
          <li>
            <span
              class="block size-3.5 rounded-full ring-1 ring-ink/20 ring-inset"
              style={{ 'background-color': colour.hex }}
              title={colour.name}
            />
            <span class="sr-only">{colour.name}</span>
          </li>
        )}
      </For>
      <Show when={more() > 0}>
        <li class="text-xs text-ink-soft">
          <span aria-hidden="true">+{more()}</span>
          <span class="sr-only">{t('catalog.moreColours', { count: more() })}</span>
        </li>
      </Show>
    </ul>
  );
}
