import type { MailWords } from './mail-words.js';

/** The shop's email in Spanish (tú; the glossary of client/src/i18n/es.ts) ([LANG4]). */
export const es: MailWords = {
  layout: {
    footer: 'VisionX · Recibes este correo porque tienes una cuenta o has realizado un pedido en la tienda de VisionX.',
  },
  welcome: {
    subject: 'Te damos la bienvenida a VisionX',
    preheader: 'Tu cuenta está lista: tus pedidos, reparaciones y chats de soporte, en un solo lugar.',
    heading: (name) => `Te damos la bienvenida, ${name}`,
    ready:
      'Tu cuenta de VisionX está lista. A partir de ahora, tendrás tus pedidos, reparaciones y chats de soporte a mano en todos tus dispositivos.',
    verifySent: 'Te hemos enviado otro correo con un enlace para confirmar tu dirección.',
    button: 'Empezar a comprar',
    manage: (url) => `Gestiona tu cuenta en ${url}.`,
  },
  verify: {
    subject: 'Confirma tu dirección de correo',
    preheader: (email) => `Confirma ${email} como dirección de tu cuenta de VisionX.`,
    heading: 'Confirma tu dirección de correo',
    body: (name, email) => `Hola, ${name}: confirma que ${email} es la dirección de correo de tu cuenta de VisionX.`,
    button: 'Confirmar mi correo',
    small: 'El enlace solo sirve una vez y caduca a las 48 horas. Si no lo has pedido tú, puedes ignorar este correo.',
  },
  reset: {
    subject: 'Restablece tu contraseña de VisionX',
    preheader: (minutes) => `Este enlace solo sirve una vez y caduca a los ${minutes} minutos.`,
    heading: 'Restablece tu contraseña',
    body: (name) =>
      `Hola, ${name}: alguien (esperamos que tú) ha pedido restablecer la contraseña de tu cuenta de VisionX.`,
    button: 'Elegir una contraseña nueva',
    once: (minutes) =>
      `El enlace solo sirve una vez y caduca a los ${minutes} minutos. Al restablecer la contraseña, se cerrará tu sesión en todos tus dispositivos.`,
    small: 'Si no lo has pedido tú, ignora este correo: tu contraseña seguirá siendo la misma.',
  },
  receipt: {
    subject: (number) => `Tu pedido de VisionX ${number}`,
    preheader: (total) => `¡Gracias! Hemos recibido tu pago de ${total}. Te avisaremos cuando enviemos tu pedido.`,
    heading: 'Gracias por tu pedido',
    paid: (number) =>
      `Tu pedido ${number} está pagado y ya lo hemos pasado a nuestro almacén. Te volveremos a escribir cuando lo enviemos.`,
    subtotal: 'Subtotal',
    discount: (code) => `Descuento${code ? ` (${code})` : ''}`,
    shipping: 'Envío',
    free: 'Gratis',
    tax: 'Impuestos',
    total: 'Total',
    deliveryTo: (address) => `Dirección de envío: ${address}`,
    button: 'Ver tu pedido',
    questions:
      '¿Tienes alguna pregunta sobre tu pedido? Escríbenos por el chat de nuestra web o a hello@visionx.example.',
    storage: (gb) => (gb >= 1024 ? `${gb / 1024} TB` : `${gb} GB`),
  },
  shipped: {
    subject: (number) => `Tu pedido de VisionX ${number} se ha enviado`,
    preheader: (days) => `Ya está en camino: te llegará en ${days}.`,
    heading: 'Tu pedido está en camino',
    body: (number, method, days) =>
      `Tu pedido ${number} ha salido de nuestro almacén (envío ${method}). Te llegará en ${days}.`,
    method: { standard: 'estándar', express: 'exprés' },
    days: (range) => `${range} días hábiles`,
  },
  delivered: {
    subject: (number) => `Tu pedido de VisionX ${number} se ha entregado`,
    preheader: '¡Que lo disfrutes! Tienes 30 días para devolverlo gratis.',
    heading: 'Entregado',
    body: (number) => `Tu pedido ${number} se ha entregado. Esperamos que lo disfrutes.`,
    returns: '¿Algo no está bien? Tienes 30 días para devolverlo: solicita la devolución desde la página del pedido.',
  },
  trackOrder: 'Sigue tu pedido',
  staffReply: {
    subject: (staff) => `${staff}, de VisionX, te ha respondido`,
    heading: 'Tienes una respuesta nueva',
    intro: (staff) => `${staff}, del equipo de soporte de VisionX, te ha respondido en tu conversación:`,
    button: 'Continuar la conversación',
    small:
      'Mientras estés fuera, solo te avisaremos una vez por correo; el resto de respuestas te esperan en la conversación.',
  },
  contactReply: {
    subject: 'Re: tu mensaje a VisionX',
    heading: (name) => `Hola, ${name}`,
    signature: (staff) => `${staff}, soporte de VisionX`,
    button: 'Responder en la conversación',
    small:
      'Nos has escrito a través del formulario de contacto de nuestra web. Si respondes a este correo, no nos llegará; usa el enlace de arriba o vuelve a escribirnos.',
  },
  transcript: {
    subject: (title) => `Tu conversación con VisionX: ${title}`,
    preheader: (count) => `${count} ${count === 1 ? 'mensaje' : 'mensajes'}, como has pedido.`,
    heading: 'Tu conversación con VisionX',
    untitled: 'Conversación',
    you: 'Tú',
    assistant: 'Asistente de VisionX',
    staff: (name) => (name ? `${name}, de VisionX` : 'Equipo de VisionX'),
    button: 'Continuar la conversación',
  },
};
