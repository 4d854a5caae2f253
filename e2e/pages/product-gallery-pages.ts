import type { Page } from '@playwright/test';
import { literal } from './exact-text.js';

/** A product page's gallery, zoom, related products, delivery estimate and buy bar, by role and name. */
export class ProductExtras {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  gallery = (product: string) => this.main().getByRole('region', { name: `Images of ${product}` });
  /** "View 2 of 4: back". */
  thumbnail = (product: string, view: string) =>
    this.gallery(product).getByRole('button', { name: new RegExp(`^View \\d of \\d: ${view}$`) });
  shownThumbnail = (product: string) => this.gallery(product).locator('button[aria-current="true"]');
  /** The shown image, "Vision Go in Coral, back view". */
  mainImage = (product: string) =>
    this.gallery(product).getByRole('img', { name: new RegExp(`^${literal(product)} in `) });
  zoomButton = (product: string) => this.gallery(product).getByRole('button', { name: 'Zoom', exact: true });
  zoom = () => this.page.getByRole('dialog', { name: /zoomed$/ });
  zoomLevel = () => this.zoom().locator('output');
  zoomedImage = () => this.zoom().getByRole('img');
  section = (heading: string) => this.main().getByRole('region', { name: heading });
  delivery = () => this.section('Delivery');
  buyBar = (product: string) => this.page.getByRole('region', { name: `Buy ${product}` });
}
