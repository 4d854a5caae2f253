/** Email from the chat: a conversation's transcript on request. */
export const mail = {
  mail: {
    transcript: {
      open: 'Verlauf per E-Mail',
      heading: 'Diese Unterhaltung per E-Mail senden',
      email: 'Ihre E-Mail-Adresse',
      hint: 'Wir senden diese Unterhaltung einmalig und nur an diese Adresse.',
      send: 'Verlauf senden',
      sendTo: 'An {email} senden',
      cancel: 'Abbrechen',
      sent: 'Verlauf an {email} gesendet.',
    },
  },
};
