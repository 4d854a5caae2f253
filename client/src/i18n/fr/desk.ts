/** The desk's own shell at /staff: top bar, panes, keyboard shortcuts, tab title, notifications. */
export const desk = {
  desk: {
    app: 'Espace support VisionX',
    // The same link at phone widths, where the top bar's first row has room for little else.
    appShort: 'Support',
    dashboard: 'Tableau de bord',
    signedInAs: 'Connecté en tant que',
    signOut: 'Se déconnecter',
    signOutFailed: 'La déconnexion a échoué. Réessayez.',
    title: { app: 'Espace support VisionX', waiting: { one: '{count} en attente', other: '{count} en attente' } },
    connection: {
      connecting: 'Connexion…',
      connected: 'Connecté',
      reconnecting: 'Reconnexion…',
      offline: 'Hors ligne',
    },
    panes: {
      customer: 'Client',
      customerBack: 'Retour à la conversation',
      customerHeading: 'Client',
    },
    notify: {
      button: 'Notifications de bureau',
      on: 'activées',
      off: 'désactivées',
      blocked: 'bloquées',
      unsupported: 'indisponibles',
      blockedHint: 'Ce navigateur bloque les notifications de VisionX : autorisez-les dans les paramètres du site.',
      title: '{name} a demandé un conseiller',
    },
    keys: {
      button: 'Raccourcis clavier',
      heading: 'Raccourcis clavier',
      intro: 'Les raccourcis fonctionnent lorsque vous n’êtes pas en train de saisir dans un champ.',
      dismiss: 'Fermer',
      next: { keys: 'j ou Alt+↓', does: 'Conversation suivante' },
      previous: { keys: 'k ou Alt+↑', does: 'Conversation précédente' },
      reply: { keys: 'r', does: 'Rédiger une réponse' },
      note: { keys: 'n', does: 'Rédiger une note interne' },
      take: { keys: 't', does: 'Prendre la main sur la conversation' },
      back: { keys: 'h', does: 'Rendre la main à l’assistant' },
      close: { keys: 'c', does: 'Clôturer la conversation' },
      search: { keys: '/', does: 'Rechercher des conversations' },
      help: { keys: '?', does: 'Afficher ces raccourcis' },
      escape: { keys: 'Escape', does: 'Quitter un champ ; sur téléphone, revenir au volet précédent' },
    },
  },
};
