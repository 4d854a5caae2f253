import type { MailWords } from './mail-words.js';

/** The shop's email in Spanish (tú; the glossary of client/src/i18n/es.ts) ([LANG4]). */
export const es: MailWords = {
  layout: { footer: 'VisionX · Recibes este correo por tu cuenta o por un pedido en la tienda VisionX.' },
  welcome: {
    subject: 'Te damos la bienvenida a VisionX',
    preheader: 'Tu cuenta está lista: pedidos, reparaciones y chats de soporte en un solo lugar.',
    heading: (name) => `Te damos la bienvenida, ${name}`,
    ready:
      'Tu cuenta de VisionX está lista. Tus pedidos, reparaciones y chats de soporte te acompañan ahora en todos tus dispositivos.',
    verifySent: 'Te hemos enviado un segundo correo con un enlace para confirmar tu dirección.',
    button: 'Empezar a comprar',
    manage: (url) => `Gestiona tu cuenta en ${url}.`,
  },
  verify: {
    subject: 'Confirma tu dirección de correo',
    preheader: (email) => `Confirma ${email} para tu cuenta de VisionX.`,
    heading: 'Confirma tu dirección de correo',
    body: (name, email) => `Hola, ${name}: confirma que ${email} es la dirección de tu cuenta de VisionX.`,
    button: 'Confirmar mi correo',
    small: 'El enlace funciona una sola vez, durante 48 horas. Si no lo has pedido tú, puedes ignorar este correo.',
  },
  reset: {
    subject: 'Restablece tu contraseña de VisionX',
    preheader: (minutes) => `Este enlace funciona una sola vez, durante ${minutes} minutos.`,
    heading: 'Restablece tu contraseña',
    body: (name) =>
      `Hola, ${name}: alguien (esperamos que tú) ha pedido restablecer la contraseña de tu cuenta de VisionX.`,
    button: 'Elegir una contraseña nueva',
    once: (minutes) =>
      `El enlace funciona una sola vez, durante ${minutes} minutos. Al restablecerla, se cerrará tu sesión en todos tus dispositivos.`,
    small: 'Si no lo has pedido tú, ignora este correo: tu contraseña no cambiará.',
  },
  receipt: {
    subject: (number) => `Tu pedido de VisionX ${number}`,
    preheader: (total) => `Gracias: has pagado ${total}. Te escribiremos cuando lo enviemos.`,
    heading: 'Gracias por tu pedido',
    paid: (number) =>
      `El pedido ${number} está pagado y ya está en manos de nuestro almacén. Te escribiremos de nuevo cuando lo enviemos.`,
    subtotal: 'Subtotal',
    discount: (code) => `Descuento${code ? ` (${code})` : ''}`,
    shipping: 'Envío',
    free: 'Gratis',
    tax: 'Impuestos',
    total: 'Total',
    deliveryTo: (address) => `Entrega en: ${address}`,
    button: 'Ver tu pedido',
    questions: '¿Tienes preguntas sobre tu pedido? Escríbenos en el chat de nuestra web o a hello@visionx.example.',
    storage: (gb) => (gb >= 1024 ? `${gb / 1024} TB` : `${gb} GB`),
  },
  shipped: {
    subject: (number) => `Tu pedido de VisionX ${number} ya está en camino`,
    preheader: (days) => `Está en camino: te llegará en ${days}.`,
    heading: 'Tu pedido está en camino',
    body: (number, method, days) =>
      `El pedido ${number} ha salido de nuestro almacén (envío ${method}). Te llegará en ${days}.`,
    method: { standard: 'estándar', express: 'exprés' },
    days: (range) => `${range} días hábiles`,
  },
  delivered: {
    subject: (number) => `Tu pedido de VisionX ${number} se ha entregado`,
    preheader: 'Que lo disfrutes. Las devoluciones son gratuitas durante 30 días.',
    heading: 'Entregado',
    body: (number) => `El pedido ${number} se ha entregado. Esperamos que lo disfrutes.`,
    returns: '¿Algo no va bien? Puedes devolverlo en un plazo de 30 días: empieza desde la página del pedido.',
  },
  trackOrder: 'Seguir tu pedido',
  staffReply: {
    subject: (staff) => `${staff}, de VisionX, te ha respondido`,
    heading: 'Tienes una respuesta',
    intro: (staff) => `${staff}, del equipo de soporte de VisionX, ha respondido en tu conversación:`,
    button: 'Continuar la conversación',
    small: 'Te escribimos una sola vez mientras no estás; las siguientes respuestas te esperan en la conversación.',
  },
  contactReply: {
    subject: 'Re: tu mensaje a VisionX',
    heading: (name) => `Hola, ${name}`,
    signature: (staff) => `${staff}, soporte de VisionX`,
    button: 'Responder en la conversación',
    small:
      'Nos escribiste a través del formulario de contacto de nuestra web. Si respondes a este correo, no nos llegará; usa el enlace de arriba o vuelve a escribirnos.',
  },
  transcript: {
    subject: (title) => `Tu conversación con VisionX: ${title}`,
    preheader: (count) => `${count} ${count === 1 ? 'mensaje' : 'mensajes'}, como pediste.`,
    heading: 'Tu conversación con VisionX',
    untitled: 'Conversación',
    you: 'Tú',
    assistant: 'Asistente de VisionX',
    staff: (name) => (name ? `${name}, de VisionX` : 'Equipo de VisionX'),
    button: 'Continuar la conversación',
  },
};
