/** Email from the chat: a conversation's transcript on request. */
export const mail = {
  mail: {
    transcript: {
      open: 'Recevoir par e-mail',
      heading: 'Recevoir cette conversation par e-mail',
      email: 'Votre e-mail',
      hint: 'Nous envoyons cette conversation une seule fois, à cette adresse uniquement.',
      send: 'Envoyer la conversation',
      sendTo: 'Envoyer à {email}',
      cancel: 'Annuler',
      sent: 'Conversation envoyée à {email}.',
    },
  },
};
