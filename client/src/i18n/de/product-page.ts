/** The product page's gallery, compatibility, recently viewed, delivery estimate and buy bar ([PDP1]–[PDP7]). */
export const productPage = {
  pdp: {
    gallery: {
      label: 'Bilder von {name}',
      view: {
        front: 'Vorderseite',
        back: 'Rückseite',
        side: 'Seitenansicht',
        detail: 'Detailansicht',
      },
      thumb: 'Bild {index} von {count}: {view}',
      imageAlt: '{name} in {colour}, {view}',
      zoom: 'Vergrößern',
      zoomTitle: '{name}: {view}, vergrößert',
      zoomIn: 'Hineinzoomen',
      zoomOut: 'Herauszoomen',
      close: 'Vergrößerung schließen',
      zoomHint: 'Mit + und − zoomen, mit den Pfeiltasten verschieben, mit Esc schließen.',
      zoomLevel: '{percent} %',
    },
    compatible: {
      phone: 'Passt zu diesem Smartphone',
      accessory: 'Kompatibel mit',
    },
    recent: {
      heading: 'Zuletzt angesehen',
    },
    delivery: {
      heading: 'Lieferung',
      cutoff: 'Bestellen Sie innerhalb von {time} – Versand noch heute',
      dispatchOn: 'Jetzt bestellen, Versand am {date}',
      standard: 'Standardversand: {from} – {to}',
      express: 'Expressversand: {from} – {to}',
      hours: '{h} Std. {m} Min.',
      minutes: '{m} Min.',
      note: 'Für Lieferungen in die USA; andere Länder sehen Sie an der Kasse.',
    },
    buyBar: {
      label: '{name} kaufen',
    },
  },
};
