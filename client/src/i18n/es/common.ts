/** La interfaz común a todas las páginas: diseño, navegación, estado de la conexión (mensajes de error: errors.ts). */
export const common = {
  app: {
    name: 'VisionX',
    pageTitle: '{page} · VisionX',
    skipToContent: 'Saltar al contenido',
    loading: 'Cargando…',
    dismiss: 'Cerrar',
  },
  nav: {
    label: 'Principal',
    shop: 'Tienda',
    support: 'Soporte',
    about: 'Quiénes somos',
    contact: 'Contacto',
    menu: 'Menú',
  },
  logo: {
    home: 'VisionX, página de inicio',
  },
  search: {
    label: 'Buscar productos',
    placeholder: 'Buscar en la tienda',
    submit: 'Buscar',
    suggestions: 'Sugerencias',
    suggestionCount: {
      one: '{count} sugerencia. Usa las flechas arriba y abajo para elegirla.',
      other: '{count} sugerencias. Usa las flechas arriba y abajo para elegir una.',
    },
  },
  accountMenu: {
    label: 'Cuenta',
    signIn: 'Iniciar sesión',
    register: 'Crear cuenta',
    account: 'Cuenta',
    signOut: 'Cerrar sesión',
    signedInAs: 'Sesión iniciada como',
    signOutFailed: 'No hemos podido cerrar tu sesión. Inténtalo de nuevo.',
  },
  footer: {
    language: 'Idioma',
    tagline: 'Teléfonos que puedes abrir, reparar y conservar. Diseñados en abierto y fabricados para repararse.',
    policies: 'Políticas',
    help: '¿Tienes preguntas? Escríbenos a {email}.',
    email: 'hello@visionx.example',
    orders: 'Seguimiento de pedidos',
    copyright: '© {year} VisionX. La reparabilidad viene de serie.',
  },
  policies: {
    shipping: 'Envíos y devoluciones',
    warranty: 'Garantía',
    privacy: 'Privacidad',
    terms: 'Condiciones',
    updated: 'Última actualización: {date}',
    contents: 'En esta página',
    loadFailed: 'No se ha podido cargar esta política. Comprueba tu conexión y vuelve a cargar la página.',
  },
  connection: {
    connecting: 'Conectando…',
    reconnecting: 'Reconectando…',
    offline: 'Estás sin conexión. Volveremos a conectarte cuando la recuperes.',
    refused: {
      rate_limited: 'Hay demasiadas pestañas de VisionX abiertas: cierra alguna y esta se reconectará sola.',
    },
  },
  form: {
    fixFields: 'Corrige los campos marcados.',
    required: 'Obligatorio',
  },
  notFound: {
    title: 'Página no encontrada',
    heading: 'Página no encontrada',
    body: 'No hemos encontrado esa página. Puede que se haya movido o que el enlace tenga un error.',
    home: 'Ir a la página de inicio',
  },
};
