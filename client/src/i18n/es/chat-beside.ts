/** El chat mientras navegas: «Añadir al carrito» de una ficha de producto, horas de los mensajes, ayuda al pagar. */
export const chatBeside = {
  chatBeside: {
    help: '¿Tienes dudas antes de comprar?',
    addToCart: 'Añadir {name} al carrito',
    adding: 'Añadiendo…',
    added: 'Se ha añadido {name} a tu carrito.',
    addsVariant: 'Añade {variant} · {price}',
    soldOut: 'Agotado: por ahora no se puede añadir.',
  },
};
