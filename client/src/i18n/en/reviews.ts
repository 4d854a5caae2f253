/** Ratings and reviews on the product page. */
export const reviews = {
  reviews: {
    heading: 'Ratings and reviews',
    listHeading: 'Reviews',
    verified: 'Verified purchase',
    rated: 'Rated {rating} out of 5',
    postedOn: 'Posted on {date}',
    none: 'No reviews yet. Shoppers who received this product can write the first.',
    showMore: 'Show more reviews',
    write: {
      heading: 'Write a review',
      checking: 'Checking whether you can review this product…',
      postingAs: 'Your review will be posted as {name}, marked “Verified purchase”.',
      rating: 'Rating',
      star: { one: '{count} star', other: '{count} stars' },
      title: 'Title',
      titleHint: 'Optional, up to {max} characters.',
      review: 'Review',
      counter: '{count} of {max} characters (at least {min}).',
      submit: 'Submit review',
      thanks: 'Thank you! Your review is now on this page.',
    },
    blocked: {
      'sign-in': 'Only shoppers who received this product can review it.',
      'not-purchased': 'Only shoppers who received this product can review it.',
      'not-delivered': 'You can review this product once your order has been delivered.',
      'already-reviewed': 'You have already reviewed this product. Thank you!',
    },
    signIn: 'Sign in to write a review',
  },
} as const;
