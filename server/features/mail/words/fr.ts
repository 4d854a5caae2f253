import type { MailWords } from './mail-words.js';

/** The shop's email in French (vouvoiement; the glossary of client/src/i18n/fr.ts) ([LANG4]). */
export const fr: MailWords = {
  layout: {
    footer: 'VisionX · Vous recevez cet e-mail en raison de votre compte ou d’une commande sur la boutique VisionX.',
  },
  welcome: {
    subject: 'Bienvenue chez VisionX',
    preheader:
      'Votre compte est prêt : commandes, réparations et conversations avec le service client au même endroit.',
    heading: (name) => `Bienvenue, ${name}`,
    ready:
      'Votre compte VisionX est prêt. Vos commandes, vos réparations et vos conversations avec le service client vous suivent désormais sur tous vos appareils.',
    verifySent: 'Nous vous avons envoyé un second e-mail avec un lien pour confirmer votre adresse.',
    button: 'Découvrir la boutique',
    manage: (url) => `Gérez votre compte sur ${url}.`,
  },
  verify: {
    subject: 'Confirmez votre adresse e-mail',
    preheader: (email) => `Confirmez ${email} pour votre compte VisionX.`,
    heading: 'Confirmez votre adresse e-mail',
    body: (name, email) =>
      `Bonjour ${name}, merci de confirmer que ${email} est bien l’adresse de votre compte VisionX.`,
    button: 'Confirmer mon e-mail',
    small:
      'Ce lien ne fonctionne qu’une fois, pendant 48 heures. Si vous n’êtes pas à l’origine de cette demande, ignorez simplement cet e-mail.',
  },
  reset: {
    subject: 'Réinitialisez votre mot de passe VisionX',
    preheader: (minutes) => `Ce lien ne fonctionne qu’une fois, pendant ${minutes} minutes.`,
    heading: 'Réinitialisez votre mot de passe',
    body: (name) =>
      `Bonjour ${name}, quelqu’un (vous, nous l’espérons) a demandé à réinitialiser le mot de passe de votre compte VisionX.`,
    button: 'Choisir un nouveau mot de passe',
    once: (minutes) =>
      `Ce lien ne fonctionne qu’une fois, pendant ${minutes} minutes. La réinitialisation vous déconnecte de tous vos appareils.`,
    small: 'Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.',
  },
  receipt: {
    subject: (number) => `Votre commande VisionX ${number}`,
    preheader: (total) => `Merci ! Paiement de ${total} reçu. Nous vous écrirons dès l’expédition.`,
    heading: 'Merci pour votre commande',
    paid: (number) =>
      `La commande ${number} est payée et transmise à notre entrepôt. Nous vous écrirons de nouveau dès son expédition.`,
    subtotal: 'Sous-total',
    discount: (code) => `Remise${code ? ` (${code})` : ''}`,
    shipping: 'Livraison',
    free: 'Offerte',
    tax: 'Taxes',
    total: 'Total',
    deliveryTo: (address) => `Livraison à : ${address}`,
    button: 'Voir votre commande',
    questions: 'Une question sur votre commande ? Écrivez-nous dans le chat de notre site, ou à hello@visionx.example.',
    storage: (gb) => (gb >= 1024 ? `${gb / 1024} To` : `${gb} Go`),
  },
  shipped: {
    subject: (number) => `Votre commande VisionX ${number} a été expédiée`,
    preheader: (days) => `Elle est en route : livraison prévue sous ${days}.`,
    heading: 'Votre commande est en route',
    body: (number, method, days) =>
      `La commande ${number} a quitté notre entrepôt (livraison ${method}). Livraison prévue sous ${days}.`,
    method: { standard: 'standard', express: 'express' },
    days: (range) => `${range} jours ouvrés`,
  },
  delivered: {
    subject: (number) => `Votre commande VisionX ${number} a été livrée`,
    preheader: 'Profitez-en bien ; les retours sont gratuits sous 30 jours.',
    heading: 'Livrée',
    body: (number) => `La commande ${number} a été livrée. Nous espérons qu’elle vous plaira.`,
    returns: 'Un souci ? Vous pouvez la retourner sous 30 jours : commencez depuis la page de la commande.',
  },
  trackOrder: 'Suivre votre commande',
  staffReply: {
    subject: (staff) => `${staff}, de l’équipe VisionX, vous a répondu`,
    heading: 'Vous avez une réponse',
    intro: (staff) => `${staff}, du service client VisionX, a répondu dans votre conversation :`,
    button: 'Reprendre la conversation',
    small:
      'Nous vous écrivons une seule fois pendant votre absence ; les réponses suivantes vous attendent dans la conversation.',
  },
  contactReply: {
    subject: 'Re : votre message à VisionX',
    heading: (name) => `Bonjour ${name}`,
    signature: (staff) => `${staff}, service client VisionX`,
    button: 'Répondre dans la conversation',
    small:
      'Vous nous avez écrit via le formulaire de contact de notre site. Une réponse à cet e-mail ne nous parvient pas : utilisez le lien ci-dessus ou écrivez-nous à nouveau.',
  },
  transcript: {
    subject: (title) => `Votre conversation avec VisionX : ${title}`,
    preheader: (count) => `${count} ${count > 1 ? 'messages' : 'message'}, comme vous l’avez demandé.`,
    heading: 'Votre conversation avec VisionX',
    untitled: 'Conversation',
    you: 'Vous',
    assistant: 'Assistant VisionX',
    staff: (name) => (name ? `${name}, équipe VisionX` : 'Équipe VisionX'),
    button: 'Reprendre la conversation',
  },
};
