import type { MailWords } from './mail-words.js';

/** The shop's email in French (vouvoiement; the glossary of client/src/i18n/fr.ts) ([LANG4]). */
export const fr: MailWords = {
  layout: {
    footer:
      'VisionX · Vous recevez cet e-mail car vous avez un compte ou avez passé une commande sur la boutique VisionX.',
  },
  welcome: {
    subject: 'Bienvenue chez VisionX',
    preheader:
      'Votre compte est prêt : commandes, réparations et échanges avec le service client, tout est réuni au même endroit.',
    heading: (name) => `Bienvenue, ${name}`,
    ready:
      'Votre compte VisionX est prêt. Vos commandes, vos réparations et vos échanges avec le service client vous suivent désormais sur tous vos appareils.',
    verifySent: 'Nous vous avons envoyé un second e-mail contenant un lien pour confirmer votre adresse.',
    button: 'Découvrir la boutique',
    manage: (url) => `Gérez votre compte sur ${url}.`,
  },
  verify: {
    subject: 'Confirmez votre adresse e-mail',
    preheader: (email) => `Confirmez l’adresse ${email} pour votre compte VisionX.`,
    heading: 'Confirmez votre adresse e-mail',
    body: (name, email) =>
      `Bonjour ${name}, merci de confirmer que ${email} est bien l’adresse e-mail de votre compte VisionX.`,
    button: 'Confirmer mon adresse e-mail',
    small:
      'Ce lien est valable 48 heures et ne peut servir qu’une seule fois. Si vous n’êtes pas à l’origine de cette demande, ignorez simplement cet e-mail.',
  },
  reset: {
    subject: 'Réinitialisation de votre mot de passe VisionX',
    preheader: (minutes) => `Ce lien est valable ${minutes} minutes et ne peut servir qu’une seule fois.`,
    heading: 'Réinitialisez votre mot de passe',
    body: (name) =>
      `Bonjour ${name}, quelqu’un (vous, nous l’espérons) a demandé la réinitialisation du mot de passe de votre compte VisionX.`,
    button: 'Choisir un nouveau mot de passe',
    once: (minutes) =>
      `Ce lien est valable ${minutes} minutes et ne peut servir qu’une seule fois. La réinitialisation vous déconnectera de tous vos appareils.`,
    small: 'Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe restera inchangé.',
  },
  receipt: {
    subject: (number) => `Votre commande VisionX ${number}`,
    preheader: (total) =>
      `Merci ! Nous avons bien reçu votre paiement de ${total}. Nous vous préviendrons dès l’expédition de votre commande.`,
    heading: 'Merci pour votre commande',
    paid: (number) =>
      `Votre commande ${number} est payée et a été transmise à notre entrepôt. Nous vous écrirons de nouveau dès son expédition.`,
    subtotal: 'Sous-total',
    discount: (code) => `Remise${code ? ` (${code})` : ''}`,
    shipping: 'Livraison',
    free: 'Offerte',
    tax: 'Taxes',
    total: 'Total',
    deliveryTo: (address) => `Adresse de livraison : ${address}`,
    button: 'Voir ma commande',
    questions:
      'Une question sur votre commande ? Écrivez-nous via le chat de notre site ou à l’adresse hello@visionx.example.',
    storage: (gb) => (gb >= 1024 ? `${gb / 1024} To` : `${gb} Go`),
  },
  shipped: {
    subject: (number) => `Votre commande VisionX ${number} a été expédiée`,
    preheader: (days) => `Elle est en route : livraison prévue sous ${days}.`,
    heading: 'Votre commande est en route',
    body: (number, method, days) =>
      `Votre commande ${number} a quitté notre entrepôt (livraison ${method}). Vous devriez la recevoir sous ${days}.`,
    method: { standard: 'standard', express: 'express' },
    days: (range) => `${range} jours ouvrés`,
  },
  delivered: {
    subject: (number) => `Votre commande VisionX ${number} a été livrée`,
    preheader: 'Profitez-en bien ! Les retours sont gratuits pendant 30 jours.',
    heading: 'Livrée',
    body: (number) => `Votre commande ${number} a été livrée. Nous espérons qu’elle vous plaira.`,
    returns:
      'Quelque chose ne va pas ? Vous pouvez nous la retourner sous 30 jours : lancez le retour depuis la page de votre commande.',
  },
  trackOrder: 'Suivre ma commande',
  staffReply: {
    subject: (staff) => `${staff}, de l’équipe VisionX, vous a répondu`,
    heading: 'Vous avez reçu une réponse',
    intro: (staff) => `${staff}, du service client VisionX, vous a répondu dans votre conversation :`,
    button: 'Reprendre la conversation',
    small:
      'Pendant votre absence, nous ne vous prévenons qu’une seule fois par e-mail ; les réponses suivantes vous attendent dans la conversation.',
  },
  contactReply: {
    subject: 'Re : votre message à VisionX',
    heading: (name) => `Bonjour ${name}`,
    signature: (staff) => `${staff}, service client VisionX`,
    button: 'Répondre dans la conversation',
    small:
      'Vous nous avez écrit via le formulaire de contact de notre site. Les réponses à cet e-mail ne nous parviennent pas : utilisez le lien ci-dessus ou écrivez-nous à nouveau.',
  },
  transcript: {
    subject: (title) => `Votre conversation avec VisionX : ${title}`,
    preheader: (count) => `${count} ${count > 1 ? 'messages' : 'message'}, comme vous l’avez demandé.`,
    heading: 'Votre conversation avec VisionX',
    untitled: 'Conversation',
    you: 'Vous',
    assistant: 'Assistant VisionX',
    staff: (name) => (name ? `${name}, équipe VisionX` : 'Équipe VisionX'),
    button: 'Reprendre la conversation',
  },
};
