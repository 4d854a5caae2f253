/** The product page's gallery, compatibility, recently viewed, delivery estimate and buy bar ([PDP1]–[PDP7]). */
export const productPage = {
  pdp: {
    gallery: {
      label: 'Images de {name}',
      view: {
        front: 'face',
        back: 'dos',
        side: 'profil',
        detail: 'détail',
      },
      thumb: 'Image {index} sur {count} : vue de {view}',
      imageAlt: '{name}, coloris {colour}, vue de {view}',
      zoom: 'Zoom',
      zoomTitle: '{name} : vue de {view}, agrandie',
      zoomIn: 'Agrandir',
      zoomOut: 'Réduire',
      close: 'Fermer le zoom',
      zoomHint: 'Utilisez + et − pour zoomer, les flèches pour vous déplacer et Échap pour fermer.',
      zoomLevel: '{percent} %',
    },
    compatible: {
      phone: 'Compatible avec ce téléphone',
      accessory: 'Compatible avec',
    },
    recent: {
      heading: 'Consultés récemment',
    },
    delivery: {
      heading: 'Livraison',
      cutoff: 'Commandez dans les {time} pour un envoi aujourd’hui',
      dispatchOn: 'Commandez maintenant pour un envoi le {date}',
      standard: 'Standard : du {from} au {to}',
      express: 'Express : du {from} au {to}',
      hours: '{h} h {m} min',
      minutes: '{m} min',
      note: 'Délais pour les États-Unis ; pour les autres pays, voir lors de la commande.',
    },
    buyBar: {
      label: 'Acheter {name}',
    },
  },
};
