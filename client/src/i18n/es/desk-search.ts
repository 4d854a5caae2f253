/** La búsqueda del panel de soporte, las conversaciones anteriores del cliente y las etiquetas de formulario de contacto y de llamada. */
export const deskSearch = {
  deskSearch: {
    label: 'Buscar conversaciones',
    placeholder: 'Palabras, un nombre, un correo o VX-…',
    submit: 'Buscar',
    clear: 'Borrar búsqueda',
    results: 'Resultados de la búsqueda',
    searching: 'Buscando…',
    found: { one: '{count} conversación encontrada', other: '{count} conversaciones encontradas' },
    shownMore: {
      one: '{count} conversación mostrada; hay más por cargar',
      other: '{count} conversaciones mostradas; hay más por cargar',
    },
    empty: 'Ninguna conversación coincide con «{q}».',
    more: 'Cargar más',
    matched: {
      message: 'Mensaje',
      name: 'Nombre',
      email: 'Correo',
      contact: 'Formulario de contacto',
      order: 'Pedido',
    },
    matchedLabel: 'Coincide en: {fields}',
    order: 'Pedido {number}: {status}',
    history: {
      heading: 'Conversaciones anteriores',
      empty: 'No hay otras conversaciones.',
      untitled: 'Conversación sin título',
      meta: '{status} · {date}',
    },
    intake: {
      contactForm: 'Formulario de contacto',
      callback: 'Solicita contacto · {email}',
      callbackNoAddress: 'Solicita contacto · sin correo',
      emailed: 'Tus respuestas se envían por correo a {email}',
    },
  },
};
