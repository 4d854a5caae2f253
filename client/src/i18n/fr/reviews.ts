/** Ratings and reviews on the product page. */
export const reviews = {
  reviews: {
    heading: 'Notes et avis',
    listHeading: 'Avis',
    verified: 'Achat vérifié',
    rated: 'Note : {rating} sur 5',
    postedOn: 'Publié le {date}',
    none: 'Aucun avis pour l’instant. Les clients qui ont reçu ce produit peuvent être les premiers à donner le leur.',
    showMore: 'Voir plus d’avis',
    write: {
      heading: 'Rédiger un avis',
      checking: 'Nous vérifions si vous pouvez donner votre avis sur ce produit…',
      postingAs: 'Votre avis sera publié sous le nom {name}, avec la mention « Achat vérifié ».',
      rating: 'Note',
      star: { one: '{count} étoile', other: '{count} étoiles' },
      title: 'Titre',
      titleHint: 'Facultatif, {max} caractères maximum.',
      review: 'Avis',
      counter: '{count} / {max} caractères (minimum {min}).',
      submit: 'Publier l’avis',
      thanks: 'Merci ! Votre avis figure désormais sur cette page.',
    },
    blocked: {
      'sign-in': 'Seuls les clients qui ont reçu ce produit peuvent donner leur avis.',
      'not-purchased': 'Seuls les clients qui ont reçu ce produit peuvent donner leur avis.',
      'not-delivered': 'Vous pourrez donner votre avis sur ce produit une fois votre commande livrée.',
      'already-reviewed': 'Vous avez déjà donné votre avis sur ce produit. Merci !',
    },
    signIn: 'Connectez-vous pour rédiger un avis',
  },
};
