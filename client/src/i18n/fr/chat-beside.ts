/** The chat beside browsing: a product card's "Add to cart", message times, help at checkout. */
export const chatBeside = {
  chatBeside: {
    help: 'Des questions avant de commander ?',
    addToCart: 'Ajouter {name} au panier',
    adding: 'Ajout en cours…',
    added: 'Ajouté à votre panier : {name}.',
    addsVariant: 'Ajoute {variant} · {price}',
    soldOut: 'En rupture de stock : impossible de l’ajouter pour l’instant.',
  },
};
