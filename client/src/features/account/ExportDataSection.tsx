import { createSignal } from 'solid-js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { Button } from '../../ui/Button.js';
import { FormAlert, SuccessNote } from '../../ui/Messages.js';
import { Card } from '../../ui/Page.js';
import { authApi } from './auth-api.js';

export function ExportDataSection() {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [started, setStarted] = createSignal(false);

  async function exportData() {
    setBusy(true);
    setError(null);
    setStarted(false);
    const result = await authApi.exportData(t('account.export.fallbackName'));
    setBusy(false);
    if (result.ok) setStarted(true);
    else setError(errorMessage(result.error));
  }

  return (
    <Card heading={t('account.export.heading')} id="export-heading">
      <p class="text-sm leading-6 text-ink-soft">{t('account.export.body')}</p>
      <FormAlert message={error()} />
      <SuccessNote message={started() ? t('account.export.started') : null} />
      <Button variant="secondary" busy={busy()} onClick={exportData}>
        {t('account.export.button')}
      </Button>
    </Card>
  );
}
