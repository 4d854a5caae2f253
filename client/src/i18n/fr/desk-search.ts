/** The staff desk's search, the shopper's past conversations, and the contact-form and callback badges. */
export const deskSearch = {
  deskSearch: {
    label: 'Rechercher des conversations',
    placeholder: 'Mots, nom, e-mail ou VX-…',
    submit: 'Rechercher',
    clear: 'Effacer la recherche',
    results: 'Résultats de la recherche',
    searching: 'Recherche en cours…',
    found: { one: '{count} conversation trouvée', other: '{count} conversations trouvées' },
    shownMore: {
      one: '{count} conversation affichée, d’autres disponibles',
      other: '{count} conversations affichées, d’autres disponibles',
    },
    empty: 'Aucune conversation ne correspond à « {q} ».',
    more: 'Afficher plus',
    matched: {
      message: 'Message',
      name: 'Nom',
      email: 'E-mail',
      contact: 'Formulaire de contact',
      order: 'Commande',
    },
    matchedLabel: 'Trouvé dans : {fields}',
    order: 'Commande {number} : {status}',
    history: {
      heading: 'Conversations précédentes',
      empty: 'Aucune autre conversation.',
      untitled: 'Conversation sans titre',
      meta: '{status} · {date}',
    },
    intake: {
      contactForm: 'Formulaire de contact',
      callback: 'Rappel demandé · {email}',
      callbackNoAddress: 'Rappel demandé · sans adresse',
      emailed: 'Vos réponses sont envoyées par e-mail à {email}',
    },
  },
};
