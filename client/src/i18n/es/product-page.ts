/** La galería de la página de producto, la compatibilidad, lo visto recientemente, la estimación de entrega y la barra de compra ([PDP1]–[PDP7]). */
export const productPage = {
  pdp: {
    gallery: {
      label: 'Imágenes de {name}',
      view: {
        front: 'frontal',
        back: 'trasera',
        side: 'lateral',
        detail: 'de detalle',
      },
      thumb: 'Vista {index} de {count}: {view}',
      imageAlt: '{name} en {colour}, vista {view}',
      zoom: 'Ampliar',
      zoomTitle: '{name}: vista {view}, ampliada',
      zoomIn: 'Acercar',
      zoomOut: 'Alejar',
      close: 'Cerrar vista ampliada',
      zoomHint: 'Usa + y − para hacer zoom, las flechas para desplazarte y Escape para cerrar.',
      zoomLevel: '{percent} %',
    },
    compatible: {
      phone: 'Compatible con este teléfono',
      accessory: 'Compatible con',
    },
    recent: {
      heading: 'Vistos recientemente',
    },
    delivery: {
      heading: 'Entrega',
      cutoff: 'Pídelo en menos de {time} y lo enviamos hoy',
      dispatchOn: 'Pídelo ahora y lo enviaremos el {date}',
      standard: 'Entrega estándar: {from} – {to}',
      express: 'Entrega exprés: {from} – {to}',
      hours: '{h} h {m} min',
      minutes: '{m} min',
      note: 'Plazos para EE. UU.; los de otros países, al finalizar la compra.',
    },
    buyBar: {
      label: 'Comprar {name}',
    },
  },
};
