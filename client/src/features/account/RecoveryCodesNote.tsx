import { For, onMount } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';

/**
 * The recovery codes, shown once (only their hashes are kept). The heading takes focus, so a
 * screen reader starts reading here; "done" is the only way on, so nobody skips past by accident.
 */
export function RecoveryCodesNote(props: { codes: readonly string[]; heading: 'h2' | 'h3'; onDone: () => void }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <section
      aria-labelledby="recovery-codes-heading"
      class="space-y-4 rounded-xl border border-accent/30 bg-accent-soft/40 p-5"
    >
      <Dynamic
        component={props.heading}
        id="recovery-codes-heading"
        ref={heading}
        tabindex="-1"
        class="text-lg font-semibold text-ink"
      >
        {t('account.recoveryCodes.heading')}
      </Dynamic>
      <p class="text-sm leading-6 text-ink-soft">{t('account.recoveryCodes.body')}</p>
      <ul
        aria-label={t('account.recoveryCodes.listLabel')}
        class="grid grid-cols-2 gap-x-6 gap-y-1.5 font-mono text-base text-ink"
      >
        <For each={props.codes}>{(code) => <li>{code}</li>}</For>
      </ul>
      <Button onClick={() => props.onDone()}>{t('account.recoveryCodes.done')}</Button>
    </section>
  );
}
