/** The product page's gallery, compatibility, recently viewed, delivery estimate and buy bar ([PDP1]–[PDP7]). */
export const productPage = {
  pdp: {
    gallery: {
      label: 'Images de {name}',
      view: {
        front: 'avant',
        back: 'arrière',
        side: 'de profil',
        detail: 'détail',
      },
      thumb: 'Vue {index} sur {count} : {view}',
      imageAlt: '{name}, coloris {colour}, vue {view}',
      zoom: 'Zoom',
      zoomTitle: '{name} : vue {view}, agrandie',
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
      heading: 'Vus récemment',
    },
    delivery: {
      heading: 'Livraison',
      cutoff: 'Commandez d’ici {time} pour un envoi aujourd’hui',
      dispatchOn: 'Commandez maintenant pour un envoi le {date}',
      standard: 'Standard : {from} – {to}',
      express: 'Express : {from} – {to}',
      hours: '{h} h {m} min',
      minutes: '{m} min',
      note: 'Pour une livraison aux États-Unis ; autres pays : lors de la commande.',
    },
    buyBar: {
      label: 'Acheter {name}',
    },
  },
};
