import { createSignal, onMount } from 'solid-js';
import { t } from '../../i18n/index.js';
import { CloseIcon } from '../../ui/CloseIcon.js';
import { dragBy, ZOOM_MAX, ZOOM_MIN, ZOOM_START, zoomBy, zoomKey, zoomTransform, type ZoomState } from './zoom-view.js';

const TOOL =
  'inline-flex size-11 items-center justify-center rounded-full text-xl font-semibold text-ink ring-1 ring-line hover:bg-mist disabled:opacity-40';

/**
 * A modal zoom of one image ([PDP3]): + and − (or the buttons) zoom, the arrow keys or a drag
 * pan, Escape closes and the caller returns focus. A native <dialog>: the page behind is inert.
 */
export function ZoomDialog(props: { url: string; title: string; alt: string; onClose: () => void }) {
  let dialog: HTMLDialogElement | undefined;
  let frame: HTMLDivElement | undefined;
  const [zoom, setZoom] = createSignal<ZoomState>(ZOOM_START);
  let drag: { id: number; x: number; y: number } | null = null;

  onMount(() => {
    dialog?.showModal();
    frame?.focus();
  });

  function onKeyDown(event: KeyboardEvent) {
    // Arrows on the zoom buttons still pan; Enter and Space keep pressing them.
    const next = zoomKey(zoom(), event.key);
    if (!next) return;
    event.preventDefault();
    setZoom(next);
  }

  function onPointerMove(event: PointerEvent) {
    if (!drag || event.pointerId !== drag.id || !frame) return;
    setZoom(dragBy(zoom(), event.clientX - drag.x, event.clientY - drag.y, frame.clientWidth));
    drag = { id: event.pointerId, x: event.clientX, y: event.clientY };
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="zoom-title"
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
      onKeyDown={onKeyDown}
      class="m-auto h-dvh max-h-none w-full max-w-none bg-white p-0 backdrop:bg-ink/60 sm:h-auto sm:max-h-[calc(100dvh-2rem)] sm:max-w-3xl sm:rounded-3xl"
    >
      <div class="flex h-full flex-col">
        <div class="flex items-center gap-2 border-b border-line p-3">
          <h2 id="zoom-title" class="min-w-0 flex-1 truncate pl-2 font-semibold text-ink">
            {props.title}
          </h2>
          <button
            type="button"
            class={TOOL}
            aria-label={t('pdp.gallery.zoomOut')}
            disabled={zoom().scale <= ZOOM_MIN}
            onClick={() => setZoom(zoomBy(zoom(), -1))}
          >
            −
          </button>
          <output class="w-12 text-center text-sm text-ink-soft tabular-nums" aria-live="polite">
            {t('pdp.gallery.zoomLevel', { percent: Math.round(zoom().scale * 100) })}
          </output>
          <button
            type="button"
            class={TOOL}
            aria-label={t('pdp.gallery.zoomIn')}
            disabled={zoom().scale >= ZOOM_MAX}
            onClick={() => setZoom(zoomBy(zoom(), 1))}
          >
            +
          </button>
          <button type="button" class={TOOL} aria-label={t('pdp.gallery.close')} onClick={() => props.onClose()}>
            <CloseIcon />
          </button>
        </div>
        <div
          ref={frame}
          tabindex="0"
          role="img"
          aria-label={props.alt}
          aria-describedby="zoom-hint"
          class="relative mx-auto aspect-square w-full max-w-[min(100%,calc(100dvh-8rem))] cursor-grab touch-none overflow-hidden bg-mist select-none"
          onPointerDown={(event) => {
            drag = { id: event.pointerId, x: event.clientX, y: event.clientY };
            frame?.setPointerCapture(event.pointerId);
          }}
          onPointerMove={onPointerMove}
          onPointerUp={() => (drag = null)}
          onPointerCancel={() => (drag = null)}
        >
          <img
            src={props.url}
            alt=""
            width="800"
            height="800"
            draggable={false}
            class="size-full object-contain p-6 transition-transform duration-150 motion-reduce:transition-none"
            style={{ transform: zoomTransform(zoom()) }}
          />
        </div>
        <p id="zoom-hint" class="p-3 text-center text-sm text-ink-soft">
          {t('pdp.gallery.zoomHint')}
        </p>
      </div>
    </dialog>
  );
}
