/** La estructura propia del panel en /staff: barra superior, paneles, atajos de teclado, título de la pestaña y notificaciones. */
export const desk = {
  desk: {
    app: 'VisionX Desk',
    // El mismo enlace en pantallas de teléfono, donde la primera fila de la barra superior apenas tiene sitio.
    appShort: 'Desk',
    dashboard: 'Resumen',
    signedInAs: 'Sesión iniciada como',
    signOut: 'Cerrar sesión',
    signOutFailed: 'No se ha podido cerrar la sesión. Inténtalo de nuevo.',
    title: { app: 'VisionX Desk', waiting: { one: '{count} en espera', other: '{count} en espera' } },
    connection: {
      connecting: 'Conectando…',
      connected: 'Conectado',
      reconnecting: 'Reconectando…',
      offline: 'Sin conexión',
    },
    panes: {
      customer: 'Cliente',
      customerBack: 'Volver a la conversación',
      customerHeading: 'Cliente',
    },
    notify: {
      button: 'Notificaciones de escritorio',
      on: 'activadas',
      off: 'desactivadas',
      blocked: 'bloqueadas',
      unsupported: 'no disponibles',
      blockedHint: 'Este navegador bloquea las notificaciones de VisionX: permítelas en la configuración del sitio.',
      title: '{name} ha pedido hablar con una persona',
    },
    keys: {
      button: 'Atajos de teclado',
      heading: 'Atajos de teclado',
      intro: 'Los atajos funcionan cuando no estás escribiendo en un campo.',
      dismiss: 'Cerrar',
      next: { keys: 'j o Alt+↓', does: 'Conversación siguiente' },
      previous: { keys: 'k o Alt+↑', does: 'Conversación anterior' },
      reply: { keys: 'r', does: 'Escribir una respuesta' },
      note: { keys: 'n', does: 'Escribir una nota interna' },
      take: { keys: 't', does: 'Tomar el control de la conversación' },
      back: { keys: 'h', does: 'Devolver al asistente' },
      close: { keys: 'c', does: 'Cerrar la conversación' },
      search: { keys: '/', does: 'Buscar conversaciones' },
      help: { keys: '?', does: 'Mostrar estos atajos' },
      escape: { keys: 'Escape', does: 'Salir de un campo; en un teléfono, volver al panel anterior' },
    },
  },
};
