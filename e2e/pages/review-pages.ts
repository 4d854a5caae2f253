import type { Page } from '@playwright/test';

/** A product page's "Ratings and reviews": the summary, the form (or why not) and the list, by role and name. */
export class ProductReviews {
  constructor(readonly page: Page) {}
  main = () => this.page.getByRole('main');
  section = () => this.main().getByRole('region', { name: 'Ratings and reviews', exact: true });
  /** The stars under the product's name, a link to the section: "Rated 4.3 out of 5, 3 reviews". */
  headerRating = () => this.main().getByRole('link', { name: /^Rated .* out of 5, \d+ reviews?$/ });
  /** The big average, read out as "4.3 out of 5". */
  average = () => this.section().getByText(/^[\d.]+ out of 5$/);
  /** "Based on 3 reviews". */
  count = () => this.section().getByText(/^Based on \d+ reviews?$/);
  /** The bar of one star level, read out as "4 stars: 2 reviews". */
  starRow = (stars: number) => this.section().getByText(new RegExp(`^${stars} stars?: \\d+ reviews?$`));

  write = () => this.section().getByRole('region', { name: 'Write a review', exact: true });
  ratingGroup = () => this.write().getByRole('radiogroup', { name: 'Rating' });
  stars = (count: number) =>
    this.ratingGroup().getByRole('radio', { name: `${count} ${count === 1 ? 'star' : 'stars'}`, exact: true });
  title = () => this.write().getByRole('textbox', { name: 'Title' });
  body = () => this.write().getByRole('textbox', { name: 'Review' });
  submit = () => this.write().getByRole('button', { name: 'Submit review' });
  /** "Please correct the highlighted fields.", or the server's refusal. */
  formAlert = () => this.write().getByRole('alert');
  /** "Thank you! Your review is now on this page." */
  thanks = () => this.write().getByRole('status');
  signInLink = () => this.write().getByRole('link', { name: 'Sign in to write a review' });

  list = () => this.section().getByRole('region', { name: 'Reviews', exact: true });
  reviews = () => this.list().getByRole('article');
  reviewBy = (author: string) => this.reviews().filter({ hasText: author });

  async open(slug: string) {
    await this.page.goto(`/products/${slug}`);
    await this.section().scrollIntoViewIfNeeded();
  }

  async fill(review: { stars?: number; title?: string; body?: string }) {
    if (review.stars !== undefined) await this.stars(review.stars).check();
    if (review.title !== undefined) await this.title().fill(review.title);
    if (review.body !== undefined) await this.body().fill(review.body);
  }
}
