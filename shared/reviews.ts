import { z } from 'zod';
import type { ProductDetail } from './catalog.js';
import { fieldRule } from './field-errors.js';

/** Verified reviews: the rules the form shows and the server enforces (one schema, both sides). */
export const REVIEW_TITLE_MAX = 80;
export const REVIEW_BODY_MIN = 10;
export const REVIEW_BODY_MAX = 2000;
export const REVIEWS_PAGE_SIZE = 10;
/** Shown instead of the name once the author has deleted their account. */
export const FORMER_CUSTOMER = 'Former customer';

// Plain text only. Control characters (C0 but tab and newline, DEL, C1) are refused, not
// stripped, so what is stored is exactly what the shopper saw in the box. Anything shaped like
// an HTML tag or comment is refused too, while "<3" or "a < b" stay fine. Nothing is ever
// rendered as HTML anyway; this keeps reviews honest text wherever else they travel.
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is what this pattern is for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;
const TAG = /<[a-zA-Z/!?]/;

const plainText = (s: z.ZodString) =>
  s
    .refine((v) => !CONTROL.test(v), fieldRule('bad_characters'))
    .refine((v) => !TAG.test(v), fieldRule('html_not_allowed'));

const ReviewTitleSchema = plainText(z.string().trim().max(REVIEW_TITLE_MAX)).refine(
  (v) => !LINE_BREAK.test(v),
  fieldRule('one_line'),
);

const ReviewBodySchema = z
  .string()
  // One kind of line break, so the limits count what the shopper sees.
  .transform((v) => v.replace(/\r\n?/g, '\n'))
  .pipe(plainText(z.string().trim().min(REVIEW_BODY_MIN).max(REVIEW_BODY_MAX)));

const productId = z.number().int().positive();

export const ReviewAddSchema = z.strictObject({
  productId,
  rating: z.number().int().min(1).max(5),
  title: ReviewTitleSchema.default(''),
  body: ReviewBodySchema,
});
export type ReviewAddInput = z.input<typeof ReviewAddSchema>;

export const ReviewEligibilitySchema = z.strictObject({ productId });

export const ReviewListSchema = z.strictObject({
  productId,
  /** The id of the last review already shown: the page continues after it (newest first). */
  after: z.number().int().positive().optional(),
});
export type ReviewListInput = z.input<typeof ReviewListSchema>;

export interface Review {
  id: number;
  productId: number;
  author: string;
  rating: number;
  /** Null when the shopper gave none. */
  title: string | null;
  body: string;
  /** Written by a shopper who received the product. */
  verified: boolean;
  createdAt: string;
}

/** Average (one decimal), count, and count per star (index 0 = one star). */
export type RatingBreakdown = ProductDetail['rating'];

export interface ReviewPage {
  reviews: Review[];
  /** Pass as `after` for the next page; null on the last page. */
  nextAfter: number | null;
  rating: RatingBreakdown;
}

/** The ack of `reviews:add` and the `catalog:review-added` push: the review and the new summary. */
export interface ReviewAdded {
  productId: number;
  review: Review;
  rating: RatingBreakdown;
}

export const REVIEW_BLOCKERS = ['sign-in', 'not-purchased', 'not-delivered', 'already-reviewed'] as const;
export type ReviewBlocker = (typeof REVIEW_BLOCKERS)[number];

/** Whether the current identity may review the product, and if not, why. */
export type ReviewEligibility = { canReview: true; postingAs: string } | { canReview: false; reason: ReviewBlocker };
