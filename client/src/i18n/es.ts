import { common } from './es/common.js';
import { account } from './es/account.js';
import { accountRecovery } from './es/account-recovery.js';
import { pages } from './es/pages.js';
import { about } from './es/about.js';
import { catalog } from './es/catalog.js';
import { productPage } from './es/product-page.js';
import { cart } from './es/cart.js';
import { reviews } from './es/reviews.js';
import { checkout } from './es/checkout.js';
import { addresses } from './es/addresses.js';
import { orders } from './es/orders.js';
import { chat } from './es/chat.js';
import { chatBeside } from './es/chat-beside.js';
import { staff } from './es/staff.js';
import { staffDesk } from './es/staff-desk.js';
import { desk } from './es/desk.js';
import { deskSearch } from './es/desk-search.js';
import { triage } from './es/desk-triage.js';
import { discounts } from './es/discounts.js';
import { errors } from './es/errors.js';
import { fieldErrors } from './es/field-errors.js';
import { mail } from './es/mail.js';

/*
 * Glosario (inglés → español) para toda la interfaz. Registro: tú. Español neutro con ortografía de España.
 *   cart → carrito · checkout → finalizar compra (página y botón) · place order → realizar pedido
 *   order → pedido · item → artículo · in stock / out of stock → en stock / agotado
 *   sign in / sign out → iniciar sesión / cerrar sesión · account → cuenta · create account → crear cuenta
 *   email (field) → correo electrónico (abreviado: correo) · password → contraseña
 *   two-step sign-in → verificación en dos pasos · authenticator app → app de autenticación
 *   recovery code → código de recuperación
 *   assistant → asistente · chat → chat · conversation → conversación
 *   talk to a person / asked for a person (hand-off) → hablar con una persona / ha pedido hablar con una persona
 *   take over → tomar el control · hand back → devolver al asistente
 *   staff → personal (el equipo, para el cliente) · staff console → consola del personal / consola de soporte
 *   VisionX Desk (nombre propio del panel de soporte, sin traducir) · desk (en general) → panel de soporte
 *   dashboard (del panel) → resumen (no «panel», que ya es el desk y sus paneles)
 *   callback request → solicitud de contacto (el cliente pide que le escribamos; no es una llamada)
 *   frustrated (marca de una conversación) → cliente frustrado · clientes frustrados (vista)
 *   shopper → cliente · guest → invitado · internal note → nota interna · saved reply → respuesta guardada
 *   snooze → posponer · assign → asignar · tag → etiqueta · priority → prioridad
 *   review → reseña · rating → valoración · verified purchase → compra verificada
 *   shipping → envío · delivery → entrega · dispatch → envío (se enviará) · business days → días hábiles
 *   return → devolución · refund → reembolso · exchange → cambio · warranty → garantía
 *   replacement module/part → módulo/pieza de repuesto · {price} each → {price} por unidad
 *   discount code → código de descuento · subtotal → subtotal · tax → impuestos
 *   phone → teléfono · module → módulo · storage → capacidad · colour → color
 *   US dollars → dólares estadounidenses (USD); importes de las políticas: «5,95 USD»
 *   Enter / Shift / Escape: nombres de tecla sin traducir; «Pulsa Enter para enviar», no «Enter envía».
 *   Cancelar un pedido ≠ cerrar un diálogo: el botón que no cancela el pedido dice «No cancelar».
 *   Citas de botones y textos de la interfaz entre comillas angulares: «Realizar pedido».
 */

/**
 * Todos los textos de la interfaz en español. Los textos largos de las políticas están en
 * es/policies/ y se cargan con su página (véase policies.ts).
 */
export const es = {
  ...common,
  ...account,
  ...accountRecovery,
  ...pages,
  ...catalog,
  ...productPage,
  ...cart,
  ...reviews,
  ...checkout,
  ...addresses,
  ...orders,
  ...chat,
  ...chatBeside,
  ...staff,
  ...staffDesk,
  ...desk,
  ...deskSearch,
  ...triage,
  ...discounts,
  ...errors,
  ...fieldErrors,
  ...mail,
  about,
};
