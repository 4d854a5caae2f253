import { useLocation, useNavigate, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, For, onMount, Show, untrack } from 'solid-js';
import type { ProductDetail, Variant } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';
import { Breadcrumbs } from '../../ui/Breadcrumbs.js';
import { categoryLabel } from '../catalog/catalog-format.js';
import { Stars } from '../catalog/Stars.js';
import type { ProductView as View } from '../../../../shared/product-views.js';
import { CompatibleProducts } from './CompatibleProducts.js';
import { DeliveryEstimate } from './DeliveryEstimate.js';
import { ProductGallery } from './ProductGallery.js';
import { ProductPurchase } from './ProductPurchase.js';
import { RecentlyViewed } from './RecentlyViewed.js';
import { noteViewed } from './recently-viewed.store.js';
import { ProductSpecs } from './ProductSpecs.js';
import { createReviewsStore } from '../reviews/reviews.store.js';
import { ReviewsSection } from '../reviews/ReviewsSection.js';
import { findVariant, initialChoice, type Choice } from './variant-choice.js';

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The URL of a choice. Replaced, not pushed: the back button leaves the product, not the colour. */
const choiceSearch = (choice: Choice) =>
  `?colour=${encodeURIComponent(choice.colour)}${choice.storageGb === null ? '' : `&storage=${choice.storageGb}`}`;

export function ProductView(props: { product: ProductDetail; variants: Variant[] }) {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const wanted = untrack(() => ({ colour: one(params.colour), storage: one(params.storage) }));
  // The opening choice is made once, from the URL or the best variant: later stock changes
  // never switch what the shopper is looking at.
  const opening = createMemo<Choice | null>((made) => made ?? initialChoice(props.variants, wanted), null);
  const [picked, setPicked] = createSignal<Choice | null>(null);
  const choice = () => picked() ?? opening();
  const selected = () => {
    const current = choice();
    return current ? findVariant(props.variants, current) : undefined;
  };
  // The view is made per product (its route keys it), so the store is too.
  const reviews = createReviewsStore(untrack(() => props.product));
  const colourName = () => props.product.colours.find((c) => c.key === choice()?.colour)?.name ?? '';
  const gallery = () => props.product.gallery[choice()?.colour ?? ''] ?? Object.values(props.product.gallery)[0] ?? [];
  // The shown view outlives a change of colour; a colour without it shows its front.
  const [view, setView] = createSignal<View>('front');
  onMount(() => noteViewed(props.product.slug));

  function choose(next: Choice) {
    setPicked(next);
    navigate(location.pathname + choiceSearch(next), { replace: true, scroll: false });
  }

  return (
    <div class="mx-auto max-w-6xl px-4 pt-6 pb-8 sm:px-6 sm:pt-8">
      <Breadcrumbs
        label={t('product.breadcrumb')}
        items={[
          { label: t('product.home'), href: '/' },
          { label: t('product.shop'), href: '/shop' },
          { label: categoryLabel(props.product.category), href: `/shop?category=${props.product.category}` },
          { label: props.product.name },
        ]}
      />
      <div class="mt-6 grid gap-8 lg:grid-cols-2 lg:gap-14">
        <div class="lg:sticky lg:top-24 lg:self-start">
          <ProductGallery
            name={props.product.name}
            colourName={colourName()}
            images={gallery()}
            view={view()}
            onView={setView}
          />
        </div>
        <div class="min-w-0">
          <p class="text-sm font-semibold tracking-wide text-accent uppercase">
            {categoryLabel(props.product.category)}
          </p>
          <h1 class="mt-1 text-3xl font-bold tracking-tight text-balance text-ink sm:text-4xl">{props.product.name}</h1>
          <p class="mt-2 text-lg text-pretty text-ink-soft">{props.product.tagline}</p>
          <a href="#ratings" class="mt-3 inline-flex rounded-sm">
            <Stars rating={reviews.rating()} />
          </a>
          <Show when={selected()}>
            {(variant) => (
              <div class="mt-6">
                <ProductPurchase
                  product={props.product}
                  colours={props.product.colours}
                  variants={props.variants}
                  choice={choice()!}
                  selected={variant()}
                  onChoose={choose}
                />
              </div>
            )}
          </Show>
          <div class="mt-6">
            <DeliveryEstimate />
          </div>
        </div>
      </div>
      <div class="mt-16 space-y-16">
        <section aria-labelledby="about-heading" class="max-w-3xl">
          <h2 id="about-heading" class="text-2xl font-bold tracking-tight text-ink">
            {t('product.description', { name: props.product.name })}
          </h2>
          <div class="mt-4 space-y-4 text-lg leading-8 text-ink-soft">
            <For each={props.product.description.split(/\n\s*\n/).filter((p) => p.trim())}>
              {(paragraph) => <p>{paragraph}</p>}
            </For>
          </div>
        </section>
        <Show when={props.product.specs.length}>
          <ProductSpecs specs={props.product.specs} />
        </Show>
        <CompatibleProducts category={props.product.category} products={props.product.compatible} />
        <ReviewsSection store={reviews} slug={props.product.slug} />
        <RecentlyViewed current={props.product.slug} />
      </div>
    </div>
  );
}
