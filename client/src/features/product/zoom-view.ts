/**
 * The zoom's pure rules ([PDP3]): the scale goes 1×–4× in steps, the pan is a shift of the image
 * in percent of its box, clamped so the image always covers the frame (no empty edge).
 */
export const ZOOM_MIN = 1;
export const ZOOM_MAX = 4;
export const ZOOM_STEP = 0.5;
/** One arrow key moves a tenth of the frame. */
export const PAN_STEP = 10;

export interface ZoomState {
  scale: number;
  /** Shift of the image, percent of its box, before scaling. */
  x: number;
  y: number;
}

export const ZOOM_START: ZoomState = { scale: 2, x: 0, y: 0 };

/** How far the image may move each way at a scale: half of what overflows the frame. */
const limit = (scale: number) => (50 * (scale - 1)) / scale;
const clamp = (v: number, max: number) => Math.max(-max, Math.min(max, v)) || 0;

export function clampZoom(z: ZoomState): ZoomState {
  const scale = Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, z.scale));
  return { scale, x: clamp(z.x, limit(scale)), y: clamp(z.y, limit(scale)) };
}

export const zoomBy = (z: ZoomState, steps: number): ZoomState =>
  clampZoom({ ...z, scale: z.scale + steps * ZOOM_STEP });

/** Move the view by (dx, dy) frames' tenths: the image moves the other way. */
export const panBy = (z: ZoomState, dx: number, dy: number): ZoomState =>
  clampZoom({ ...z, x: z.x - (dx * PAN_STEP) / z.scale, y: z.y - (dy * PAN_STEP) / z.scale });

/** A drag of (dx, dy) pixels on a frame `size` pixels wide moves the image with the finger. */
export const dragBy = (z: ZoomState, dx: number, dy: number, size: number): ZoomState =>
  clampZoom({ ...z, x: z.x + (dx / size / z.scale) * 100, y: z.y + (dy / size / z.scale) * 100 });

/** The key's action, or null for a key the zoom leaves alone. */
export function zoomKey(z: ZoomState, key: string): ZoomState | null {
  switch (key) {
    case '+':
    case '=':
      return zoomBy(z, 1);
    case '-':
    case '_':
      return zoomBy(z, -1);
    case 'ArrowLeft':
      return panBy(z, -1, 0);
    case 'ArrowRight':
      return panBy(z, 1, 0);
    case 'ArrowUp':
      return panBy(z, 0, -1);
    case 'ArrowDown':
      return panBy(z, 0, 1);
    case '0':
      return { scale: 1, x: 0, y: 0 };
    default:
      return null;
  }
}

export const zoomTransform = (z: ZoomState) => `scale(${z.scale}) translate(${z.x}%, ${z.y}%)`;
