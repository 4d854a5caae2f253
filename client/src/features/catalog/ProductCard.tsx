import { Dynamic } from 'solid-js/web';
import type { ProductCard as Card } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';
import { priceRange } from './catalog-format.js';
import { Stars } from './Stars.js';
import { Swatches } from './Swatches.js';

// Every row has a fixed height (clamped text, one line per detail), so a card is as tall
// with any data as its skeleton: nothing moves when the listing arrives.
const FRAME = 'relative flex h-full flex-col rounded-2xl border border-line bg-white p-3';
const NAME = 'line-clamp-2 h-10 text-sm leading-5 font-semibold text-ink sm:h-12 sm:text-base sm:leading-6';
const TAGLINE = 'mt-1 line-clamp-2 h-8 text-xs leading-4 text-ink-soft sm:h-10 sm:text-sm sm:leading-5';

/** `colour`: the one colour the shopper filtered by; the product page then opens in it. */
export function ProductCard(props: {
  product: Card;
  heading?: 'h2' | 'h3';
  eager?: boolean;
  colour?: string | undefined;
}) {
  const href = () => {
    const colour = props.product.colours.some((c) => c.key === props.colour) ? `?colour=${props.colour}` : '';
    return `/products/${props.product.slug}${colour}`;
  };
  return (
    <article class={`${FRAME} group transition-shadow focus-within:shadow-md hover:shadow-md`}>
      <div class="aspect-square overflow-hidden rounded-xl bg-mist">
        <img
          src={props.product.image}
          alt=""
          width="400"
          height="400"
          loading={props.eager ? 'eager' : 'lazy'}
          decoding="async"
          class="size-full object-contain p-2 transition-transform duration-300 group-hover:scale-[1.03]"
        />
      </div>
      <div class="mt-3 flex flex-1 flex-col">
        <Dynamic component={props.heading ?? 'h2'} class={NAME}>
          {/* The whole card is the link's hit area; its name stays the product's name. */}
          <a href={href()} class="rounded-sm after:absolute after:inset-0 after:rounded-2xl">
            {props.product.name}
          </a>
        </Dynamic>
        <p class={TAGLINE}>{props.product.tagline}</p>
        <div class="mt-2 flex h-4 items-center">
          <Swatches colours={props.product.colours} />
        </div>
        <div class="mt-1.5 flex h-4 items-center">
          <Stars rating={props.product.rating} />
        </div>
        <p class="mt-3 text-base leading-6 font-semibold text-ink">
          {priceRange(props.product.priceFromCents, props.product.priceToCents)}
        </p>
        <p class={`text-xs leading-5 font-medium ${props.product.inStock ? 'text-accent' : 'text-ink-soft'}`}>
          {props.product.inStock ? t('catalog.stock.inStock') : t('catalog.stock.out')}
        </p>
      </div>
    </article>
  );
}

const BONE = 'rounded bg-line/70';

/** A card's placeholder with the card's exact geometry. */
export function ProductCardSkeleton() {
  return (
    <div class={`${FRAME} motion-safe:animate-pulse`} aria-hidden="true">
      <div class="aspect-square rounded-xl bg-mist" />
      <div class="mt-3 flex flex-1 flex-col">
        <div class="h-10 sm:h-12">
          <div class={`${BONE} h-4 w-4/5 sm:h-5`} />
        </div>
        <div class="mt-1 h-8 sm:h-10">
          <div class={`${BONE} h-3 w-full`} />
          <div class={`${BONE} mt-1.5 h-3 w-2/3`} />
        </div>
        <div class={`${BONE} mt-2 h-4 w-20`} />
        <div class={`${BONE} mt-1.5 h-4 w-16`} />
        <div class={`${BONE} mt-3 h-6 w-24`} />
        <div class={`${BONE} h-5 w-14`} />
      </div>
    </div>
  );
}
