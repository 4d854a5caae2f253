/** Email from the chat: a conversation's transcript on request. */
export const mail = {
  mail: {
    transcript: {
      open: 'Email transcript',
      heading: 'Email this conversation',
      email: 'Your email',
      hint: 'We send this conversation once, to this address only.',
      send: 'Send transcript',
      sendTo: 'Send to {email}',
      cancel: 'Cancel',
      sent: 'Transcript sent to {email}.',
    },
  },
} as const;
