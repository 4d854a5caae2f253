/** The chat beside browsing: a product card's "Add to cart", message times, help at checkout. */
export const chatBeside = {
  chatBeside: {
    help: 'Questions before you order?',
    addToCart: 'Add {name} to cart',
    adding: 'Adding…',
    added: 'Added {name} to your cart.',
    addsVariant: 'Adds {variant} · {price}',
    soldOut: 'Out of stock, so it cannot be added now.',
  },
} as const;
