import { A } from '@solidjs/router';
import { t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { Page } from '../../ui/Page.js';

export function NotFound() {
  usePageTitle(() => t('notFound.title'));
  return (
    <Page heading={t('notFound.heading')} lead={t('notFound.body')} narrow>
      <A href="/" class={buttonClass('primary')}>
        {t('notFound.home')}
      </A>
    </Page>
  );
}

export default NotFound;
