import { createSignal, For, Show } from 'solid-js';
import { keepView, type GalleryImage, type ProductView } from '../../../../shared/product-views.js';
import { t } from '../../i18n/index.js';
import { ZoomDialog } from './ZoomDialog.js';

/**
 * The product's images ([PDP1]): the shown view, a row of thumbnail buttons (the arrow keys,
 * Home and End move between them) and "Zoom". Every image is sized, so nothing moves when one
 * loads; the view is the caller's, so a change of colour keeps it.
 */
export function ProductGallery(props: {
  name: string;
  colourName: string;
  images: GalleryImage[];
  view: ProductView;
  onView: (view: ProductView) => void;
}) {
  const [zooming, setZooming] = createSignal(false);
  let zoomButton: HTMLButtonElement | undefined;
  const thumbs: HTMLButtonElement[] = [];
  const shown = () => props.images.find((g) => g.view === keepView(props.view, props.images)) ?? props.images[0];
  const viewName = (view: ProductView) => t(`pdp.gallery.view.${view}`);
  // The front is "the photo" (as on cards and in the cart); other views say which they are.
  const alt = () => {
    const view = shown()?.view ?? 'front';
    const params = { name: props.name, colour: props.colourName, view: viewName(view) };
    return t(view === 'front' ? 'catalog.imageAlt' : 'pdp.gallery.imageAlt', params);
  };

  function onThumbKey(event: KeyboardEvent, index: number) {
    const last = props.images.length - 1;
    const next = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const wrapped = next < 0 ? last : next > last ? 0 : next;
    props.onView(props.images[wrapped]!.view);
    thumbs[wrapped]?.focus();
  }

  return (
    <section aria-label={t('pdp.gallery.label', { name: props.name })}>
      <div class="relative aspect-square overflow-hidden rounded-3xl bg-mist">
        <img src={shown()?.url} alt={alt()} width="800" height="800" class="size-full object-contain p-6" />
        <button
          ref={zoomButton}
          type="button"
          onClick={() => setZooming(true)}
          class="absolute right-3 bottom-3 inline-flex min-h-11 items-center gap-2 rounded-full bg-white/90 px-4 text-sm font-semibold text-ink shadow-sm ring-1 ring-line hover:bg-white"
        >
          <svg viewBox="0 0 20 20" class="size-4" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="M12.5 12.5 17 17M8.5 6v5M6 8.5h5" stroke-linecap="round" />
          </svg>
          {t('pdp.gallery.zoom')}
        </button>
      </div>
      <Show when={props.images.length > 1}>
        <ul class="mt-3 flex gap-2">
          <For each={props.images}>
            {(image, index) => (
              <li>
                <button
                  ref={(el) => (thumbs[index()] = el)}
                  type="button"
                  aria-label={t('pdp.gallery.thumb', {
                    index: index() + 1,
                    count: props.images.length,
                    view: viewName(image.view),
                  })}
                  aria-current={image.view === shown()?.view ? 'true' : undefined}
                  onClick={() => props.onView(image.view)}
                  onKeyDown={(event) => onThumbKey(event, index())}
                  class={`block size-16 overflow-hidden rounded-xl bg-mist ring-2 sm:size-20 ${
                    image.view === shown()?.view ? 'ring-accent' : 'ring-transparent hover:ring-line'
                  }`}
                >
                  <img
                    src={image.url}
                    alt=""
                    width="80"
                    height="80"
                    loading="lazy"
                    class="size-full object-contain p-1"
                  />
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={zooming() && shown()}>
        {(image) => (
          <ZoomDialog
            url={image().url}
            title={t('pdp.gallery.zoomTitle', { name: props.name, view: viewName(image().view) })}
            alt={alt()}
            onClose={() => {
              setZooming(false);
              zoomButton?.focus();
            }}
          />
        )}
      </Show>
    </section>
  );
}
