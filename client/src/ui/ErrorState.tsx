import type { JSX } from 'solid-js';
import { t } from '../i18n/index.js';
import { Button } from './Button.js';

/** A failed load: what went wrong and a way to try again (a `timeout` often just needs that). */
export function ErrorState(props: { message: string; onRetry: () => void; busy?: boolean; children?: JSX.Element }) {
  return (
    <div role="alert" class="rounded-2xl border border-danger/30 bg-danger-soft px-5 py-6 text-center">
      <p class="font-medium text-danger">{props.message}</p>
      <div class="mt-4 flex flex-wrap justify-center gap-3">
        <Button variant="secondary" onClick={() => props.onRetry()} busy={props.busy}>
          {t('catalog.retry')}
        </Button>
        {props.children}
      </div>
    </div>
  );
}
