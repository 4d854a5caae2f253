/** Home, Support and Contact (the Shop's strings are in catalog.ts). */
export const pages = {
  home: {
    title: 'Votre téléphone pour la vie',
    heading: 'Votre téléphone pour la vie',
    // The hero reads "Pour la vie, votre" then one typed word: "…téléphone", "…compagnon".
    lead: 'Pour la vie, votre',
    words: { future: 'complice', companion: 'compagnon', life: 'allié', phone: 'téléphone' },
    intro:
      'Un téléphone conçu pour être ouvert, réparé et amélioré, pas remplacé. Changez la batterie en deux minutes, passez à un meilleur appareil photo quand vous le souhaitez, et gardez tout le reste.',
    shopCta: 'Voir les téléphones',
    supportCta: 'Contacter le service client',
    valuesHeading: 'Fait pour durer. Fait pour être réparé.',
    values: {
      modular: {
        title: 'Modulaire',
        body: 'Batterie, appareil photo, écran, haut-parleur et port USB-C sont des modules distincts, maintenus par des vis standard. Améliorez l’élément qui compte pour vous plutôt que de changer tout le téléphone.',
      },
      repairable: {
        title: 'Réparable',
        body: 'Chaque module se retire avec un seul petit tournevis cruciforme. Des guides pas à pas, des pièces à prix fixe et une garantie de 2 ans que l’ouverture de votre téléphone n’annule jamais.',
      },
      sustainable: {
        title: 'Durable',
        body: 'Un châssis en aluminium recyclé, des emballages sans plastique, des pièces détachées pendant au moins sept ans et un programme de reprise qui réutilise ou recycle chaque module que vous nous renvoyez.',
      },
    },
    factsHeading: 'VisionX en chiffres',
    facts: {
      battery: { value: '2 min', label: 'pour changer la batterie' },
      parts: { value: '7 ans', label: 'de pièces détachées pour chaque modèle' },
      warranty: { value: '2 ans', label: 'de garantie, réparation comprise' },
    },
    helpHeading: 'De vraies réponses, en temps réel',
    helpBody:
      'Une question sur un téléphone, une commande ou une réparation ? Notre équipe répond en quelques minutes, et un assistant d’achat en direct arrive bientôt.',
    helpCta: 'Écrire à notre équipe',
    featuredHeading: 'À la une',
    newestHeading: 'Notre dernier téléphone',
    newestCta: 'Découvrir le {name}',
    allProducts: 'Voir tous les produits',
  },
  support: {
    title: 'Aide',
    heading: 'Aide',
    lead: 'Des réponses en quelques secondes, et un conseiller quand vous en avez besoin.',
    body: 'Notre assistant répond immédiatement à vos questions sur les téléphones, les commandes, les retours et les réparations, à partir des prix réels de la boutique et de vos commandes, et fait intervenir un membre de notre service client dès que vous le demandez. Vous préférez l’e-mail ? Envoyez-nous un message : un conseiller vous répond sous un jour ouvré.',
    contactCta: 'Nous écrire',
    faqHeading: 'Questions fréquentes',
    faq: {
      battery: {
        q: 'Comment remplacer la batterie ?',
        a: 'Éteignez le téléphone, retirez les vis de la coque arrière (cinq à dix selon le modèle) avec un petit tournevis cruciforme (PH00 ; PH0 pour le Vision X Terra), soulevez la batterie par sa languette et clipsez la nouvelle. Comptez environ cinq minutes.',
      },
      warranty: {
        q: 'Ouvrir mon téléphone annule-t-il la garantie ?',
        a: 'Non. Votre VisionX est justement conçu pour être ouvert et pour que vous en changiez les modules. La garantie de 2 ans couvre toujours les défauts ; seuls les dommages causés pendant une réparation ne sont pas couverts.',
      },
      shipping: {
        q: 'Quel est le délai de livraison ?',
        a: 'La livraison standard prend 3 à 5 jours ouvrés aux États-Unis, 5 à 8 au Canada, 3 à 5 au Royaume-Uni et 4 à 8 dans l’UE. La livraison express est plus rapide partout.',
      },
      returns: {
        q: 'Puis-je retourner mon téléphone ?',
        a: 'Oui, dans les 30 jours suivant la livraison, quel qu’en soit le motif, à condition qu’il soit complet et en bon état.',
      },
    },
    policiesHeading: 'Informations légales',
    policiesBody: 'Toutes les réponses en détail :',
    policyLinks: {
      shipping: 'Délais, frais de livraison et retours',
      warranty: 'Deux ans de garantie et des réparations à prix fixe',
      privacy: 'Ce que nous conservons et comment le supprimer',
      terms: 'Les règles d’utilisation de la boutique',
    },
  },
  contact: {
    title: 'Contact',
    heading: 'Nous contacter',
    intro: 'Dites-nous ce dont vous avez besoin. Un membre de notre équipe vous répond par e-mail sous un jour ouvré.',
    name: 'Nom',
    email: 'E-mail',
    topic: 'Sujet',
    topicPlaceholder: 'Choisissez un sujet',
    topics: {
      order: 'Une commande passée',
      product: 'Une question sur un produit',
      repair: 'Réparation ou garantie',
      other: 'Autre sujet',
    },
    message: 'Message',
    messageHint: 'Au moins 10 caractères. Indiquez un numéro de commande si vous en avez un.',
    submit: 'Envoyer le message',
    successHeading: 'Message envoyé',
    successBody: 'Merci, {name}. Nous avons bien reçu votre message le {date}.',
    reference: 'Votre numéro de référence : {id}. Nous vous répondrons à l’adresse {email} sous un jour ouvré.',
    another: 'Envoyer un autre message',
  },
};
