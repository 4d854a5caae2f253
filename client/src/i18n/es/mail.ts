/** Correos desde el chat: la transcripción de una conversación, a petición. */
export const mail = {
  mail: {
    transcript: {
      open: 'Enviar por correo',
      heading: 'Enviar esta conversación por correo',
      email: 'Tu correo electrónico',
      hint: 'Te enviaremos esta conversación una sola vez y solo a esta dirección.',
      send: 'Enviar transcripción',
      sendTo: 'Enviar a {email}',
      cancel: 'Cancelar',
      sent: 'Transcripción enviada a {email}.',
    },
  },
};
