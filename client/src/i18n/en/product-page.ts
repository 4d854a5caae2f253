/** The product page's gallery, compatibility, recently viewed, delivery estimate and buy bar ([PDP1]–[PDP7]). */
export const productPage = {
  pdp: {
    gallery: {
      label: 'Images of {name}',
      view: {
        front: 'front',
        back: 'back',
        side: 'side',
        detail: 'detail',
      },
      thumb: 'View {index} of {count}: {view}',
      imageAlt: '{name} in {colour}, {view} view',
      zoom: 'Zoom',
      zoomTitle: '{name}: {view} view, zoomed',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      close: 'Close zoom',
      zoomHint: 'Use + and − to zoom, the arrow keys to move, Escape to close.',
      zoomLevel: '{percent}%',
    },
    compatible: {
      phone: 'Fits this phone',
      accessory: 'Works with',
    },
    recent: {
      heading: 'Recently viewed',
    },
    delivery: {
      heading: 'Delivery',
      cutoff: 'Order within {time} for dispatch today',
      dispatchOn: 'Order now for dispatch {date}',
      standard: 'Standard delivery {from} – {to}',
      express: 'Express delivery {from} – {to}',
      hours: '{h} h {m} min',
      minutes: '{m} min',
      note: 'To the US; other countries at checkout.',
    },
    buyBar: {
      label: 'Buy {name}',
    },
  },
} as const;
