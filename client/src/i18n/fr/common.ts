/** UI chrome shared by every page: layout, navigation, connection state (error words: errors.ts). */
export const common = {
  app: {
    name: 'VisionX',
    pageTitle: '{page} · VisionX',
    skipToContent: 'Aller au contenu',
    loading: 'Chargement…',
    dismiss: 'Fermer',
  },
  nav: {
    label: 'Menu principal',
    shop: 'Boutique',
    support: 'Aide',
    about: 'À propos',
    contact: 'Contact',
    menu: 'Menu',
  },
  logo: {
    home: 'Accueil VisionX',
  },
  search: {
    label: 'Rechercher des produits',
    placeholder: 'Rechercher',
    submit: 'Rechercher',
    suggestions: 'Suggestions',
    suggestionCount: {
      one: '{count} suggestion. Utilisez les flèches haut et bas pour choisir.',
      other: '{count} suggestions. Utilisez les flèches haut et bas pour choisir.',
    },
  },
  accountMenu: {
    label: 'Compte',
    signIn: 'Se connecter',
    register: 'Créer un compte',
    account: 'Compte',
    signOut: 'Déconnexion',
    signedInAs: 'Connecté en tant que',
    signOutFailed: 'La déconnexion a échoué. Veuillez réessayer.',
  },
  footer: {
    language: 'Langue',
    tagline:
      'Des téléphones que l’on peut ouvrir, réparer et garder. Conçus en toute transparence, faits pour être réparés.',
    policies: 'Informations légales',
    help: 'Des questions ? Écrivez-nous à {email}.',
    email: 'hello@visionx.example',
    orders: 'Suivre mes commandes',
    copyright: '© {year} VisionX. La réparation fait partie du produit.',
  },
  policies: {
    shipping: 'Livraison et retours',
    warranty: 'Garantie',
    privacy: 'Confidentialité',
    terms: 'CGV',
    updated: 'Dernière mise à jour : {date}',
    contents: 'Sur cette page',
    loadFailed: 'Impossible de charger ce document. Vérifiez votre connexion et rechargez la page.',
  },
  connection: {
    connecting: 'Connexion au serveur…',
    reconnecting: 'Reconnexion…',
    offline: 'Vous êtes hors ligne. La connexion sera rétablie dès votre retour en ligne.',
    refused: {
      rate_limited:
        'Trop d’onglets VisionX sont ouverts : fermez-en quelques-uns et celui-ci se reconnectera tout seul.',
    },
  },
  form: {
    fixFields: 'Veuillez corriger les champs signalés.',
    required: 'Obligatoire',
  },
  notFound: {
    title: 'Page introuvable',
    heading: 'Page introuvable',
    body: 'Cette page est introuvable. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.',
    home: 'Retour à l’accueil',
  },
};
