import { A, useParams } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { ErrorState } from '../../ui/ErrorState.js';
import { Page } from '../../ui/Page.js';
import { createProductStore } from './product.store.js';
import { ProductView } from './ProductView.js';

const BONE = 'rounded bg-line/70';

/** The page's geometry without data: the image square and the heading block keep their place. */
function ProductSkeleton() {
  return (
    // A screen tall at least: the description and specs below will push the footer off it anyway.
    <div class="mx-auto min-h-dvh max-w-6xl px-4 pt-6 pb-8 motion-safe:animate-pulse sm:px-6 sm:pt-8" aria-busy="true">
      <span class="sr-only">{t('app.loading')}</span>
      <div aria-hidden="true">
        <div class={`${BONE} h-5 w-64 max-w-full`} />
        <div class="mt-6 grid gap-8 lg:grid-cols-2 lg:gap-14">
          <div>
            <div class="aspect-square rounded-3xl bg-mist" />
            {/* The gallery's row of thumbnails. */}
            <div class="mt-3 h-16 sm:h-20" />
          </div>
          <div>
            <div class={`${BONE} h-5 w-20`} />
            <div class={`${BONE} mt-2 h-9 w-3/4 sm:h-10`} />
            <div class={`${BONE} mt-3 h-6 w-full`} />
            <div class={`${BONE} mt-4 h-4 w-28`} />
            <div class={`${BONE} mt-7 h-9 w-32`} />
            <div class={`${BONE} mt-2 h-5 w-24`} />
            <div class="mt-8 flex gap-2">
              <div class="h-11 w-28 rounded-full bg-line/70" />
              <div class="h-11 w-28 rounded-full bg-line/70" />
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

/** /products/:slug */
export default function ProductPage() {
  const params = useParams<{ slug: string }>();
  const { product, variants } = createProductStore(() => params.slug);
  // An address that is no product slug at all is answered bad_request: to a shopper, also "not found".
  const missing = () => ['not_found', 'bad_request'].includes(product.error()?.code ?? '');
  usePageTitle(() => product.data()?.name ?? t(missing() ? 'product.notFound.title' : 'product.loadingTitle'));

  return (
    <Switch fallback={<ProductSkeleton />}>
      <Match when={missing()}>
        <Page heading={t('product.notFound.heading')} lead={t('product.notFound.body')} narrow>
          <A href="/shop" class={buttonClass('primary')}>
            {t('product.notFound.shop')}
          </A>
        </Page>
      </Match>
      <Match when={product.error()}>
        {(error) => (
          <div class="mx-auto max-w-xl px-4 py-16 sm:px-6">
            <ErrorState message={errorMessage(error())} onRetry={product.retry} busy={product.loading()} />
          </div>
        )}
      </Match>
      <Match when={product.data()} keyed>
        {(detail) => <ProductView product={detail} variants={variants} />}
      </Match>
    </Switch>
  );
}
