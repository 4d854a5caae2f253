import { expect, type Page } from '@playwright/test';
import { literal } from './exact-text.js';

export type FilterGroup = 'Category' | 'Colour' | 'Storage' | 'Price';

/** /shop: filters, sort, the result count and the product grid, by role and accessible name. */
export class ShopPage {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  heading = () => this.main().getByRole('heading', { level: 1, name: 'Shop' });
  filtersButton = () => this.main().getByRole('button', { name: 'Filters', exact: true });
  filterGroup = (name: FilterGroup) => this.main().getByRole('group', { name, exact: true });
  /** A facet checkbox, named "<label> (<count>)". */
  facet = (group: FilterGroup, label: string) =>
    this.filterGroup(group).getByRole('checkbox', { name: new RegExp(`^${literal(label)} \\(\\d+\\)$`) });
  inStockOnly = () => this.main().getByRole('checkbox', { name: 'In stock only' });
  minPrice = () => this.filterGroup('Price').getByLabel('Minimum price');
  maxPrice = () => this.filterGroup('Price').getByLabel('Maximum price');
  sortBy = () => this.main().getByRole('combobox', { name: 'Sort by' });
  /** "12 products", a polite live region. */
  resultCount = () => this.main().getByRole('status');
  results = () => this.main().getByRole('region', { name: 'Products' });
  productNames = () => this.results().getByRole('article').getByRole('heading');
  pagination = () => this.main().getByRole('navigation', { name: 'Pagination' });
  /** What the search text was understood as: a group of buttons, each removing one chip. */
  searchChips = () => this.main().getByRole('group', { name: 'Understood from your search' });
  removeChip = (text: string) =>
    this.searchChips().getByRole('button', { name: `Remove filter: ${text}`, exact: true });

  async open(query = '') {
    await this.page.goto(`/shop${query}`);
    await expect(this.heading()).toBeVisible();
  }

  async setPrice(range: { min?: string; max?: string }) {
    if (range.min !== undefined) await this.minPrice().fill(range.min);
    if (range.max !== undefined) await this.maxPrice().fill(range.max);
    await this.filterGroup('Price').getByRole('button', { name: 'Apply price' }).click();
  }

  /** The prices shown on the cards, in order, as numbers of dollars ("From $599.00" → 599). */
  async cardPrices(): Promise<number[]> {
    const texts = await this.results()
      .getByRole('article')
      .getByText(/^(From )?\$[\d,]+\.\d\d$/)
      .allTextContents();
    return texts.map((t) => Number(t.replace(/[^\d.]/g, '')));
  }

  async openProduct(name: string) {
    await this.results().getByRole('link', { name, exact: true }).click();
  }
}

/** /products/:slug */
export class ProductPage {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  heading = () => this.main().getByRole('heading', { level: 1 });
  breadcrumb = () => this.page.getByRole('navigation', { name: 'Breadcrumb' });
  /** The product photo, named "<product> in <colour>". */
  image = (product: string) => this.main().getByRole('img', { name: new RegExp(`^${literal(product)} in `) });
  colour = (name: string | RegExp) => this.main().getByRole('group', { name: 'Colour' }).getByRole('radio', { name });
  storage = (name: string | RegExp) => this.main().getByRole('group', { name: 'Storage' }).getByRole('radio', { name });
  /** "In stock", "Only 3 left" or "Out of stock": a polite live region. */
  stock = () => this.main().getByRole('status');
  addToCart = () => this.main().getByRole('button', { name: 'Add to cart' });
  quantity = () => this.main().getByRole('spinbutton', { name: 'Quantity' });

  async open(slug: string, search = '') {
    await this.page.goto(`/products/${slug}${search}`);
    await expect(this.heading()).toBeVisible();
  }
}
