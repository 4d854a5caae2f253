/** Valoraciones y reseñas en la página de producto. */
export const reviews = {
  reviews: {
    heading: 'Valoraciones y reseñas',
    listHeading: 'Reseñas',
    verified: 'Compra verificada',
    rated: 'Valoración: {rating} sobre 5',
    postedOn: 'Publicada el {date}',
    none: 'Aún no hay reseñas. Los clientes que hayan recibido este producto pueden escribir la primera.',
    showMore: 'Ver más reseñas',
    write: {
      heading: 'Escribe una reseña',
      checking: 'Comprobando si puedes escribir una reseña de este producto…',
      postingAs: 'Tu reseña se publicará como {name}, con la marca «Compra verificada».',
      rating: 'Valoración',
      star: { one: '{count} estrella', other: '{count} estrellas' },
      title: 'Título',
      titleHint: 'Opcional, hasta {max} caracteres.',
      review: 'Reseña',
      counter: '{count} de {max} caracteres (mínimo {min}).',
      submit: 'Enviar reseña',
      thanks: '¡Gracias! Tu reseña ya aparece en esta página.',
    },
    blocked: {
      'sign-in': 'Solo los clientes que han recibido este producto pueden escribir una reseña.',
      'not-purchased': 'Solo los clientes que han recibido este producto pueden escribir una reseña.',
      'not-delivered': 'Podrás escribir una reseña de este producto cuando se haya entregado tu pedido.',
      'already-reviewed': 'Ya has escrito una reseña de este producto. ¡Gracias!',
    },
    signIn: 'Inicia sesión para escribir una reseña',
  },
};
