/** The chat beside browsing: a product card's "Add to cart", message times, help at checkout. */
export const chatBeside = {
  chatBeside: {
    help: 'Fragen vor der Bestellung?',
    addToCart: '{name} in den Warenkorb',
    adding: 'Wird hinzugefügt …',
    added: '{name} in den Warenkorb gelegt.',
    addsVariant: 'Fügt {variant} hinzu · {price}',
    soldOut: 'Ausverkauft, kann daher gerade nicht hinzugefügt werden.',
  },
};
