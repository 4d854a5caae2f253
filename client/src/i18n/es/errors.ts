import { discountReasons } from './discounts.js';

/**
 * La tabla única de mensajes de error. El servidor y los esquemas compartidos solo envían códigos
 * (shared/result.ts, shared/field-errors.ts); aquí están los textos de cada rechazo, su motivo y
 * cada respuesta fallida; los de los campos no válidos están en field-errors.ts.
 */
export const errors = {
  errors: {
    /** Uno por código de shared/result.ts, más los propios del cliente, `timeout` y `disconnected`. */
    bad_request: 'La solicitud no es válida.',
    unauthorized: 'Vuelve a iniciar sesión.',
    forbidden: 'No tienes permiso para hacer eso.',
    not_found: 'No hemos encontrado lo que buscas.',
    conflict: 'Algo ha cambiado mientras tanto. Actualiza la página y vuelve a intentarlo.',
    rate_limited: 'Demasiados intentos. Espera un momento y vuelve a intentarlo.',
    internal: 'Algo ha fallado por nuestra parte. Vuelve a intentarlo.',
    timeout: 'El servidor no ha respondido a tiempo. Vuelve a intentarlo.',
    disconnected: 'No hemos podido conectar con VisionX. Comprueba tu conexión y vuelve a intentarlo.',
    /** Una respuesta rate_limited que indica cuánto esperar (`retryAfterMs`) dice solo eso. */
    rate_limited_wait: {
      one: 'Demasiados intentos. Vuelve a intentarlo dentro de {count} segundo.',
      other: 'Demasiados intentos. Vuelve a intentarlo dentro de {count} segundos.',
    },
    rate_limited_wait_minutes: {
      one: 'Demasiados intentos. Vuelve a intentarlo dentro de {count} minuto.',
      other: 'Demasiados intentos. Vuelve a intentarlo dentro de {count} minutos.',
    },
    /** Uno por motivo de shared/result.ts, con los `params` del error. */
    reasons: {
      cross_site: 'No se permiten solicitudes desde otros sitios.',
      not_json: 'Envía la solicitud en formato JSON.',
      invalid_json: 'El cuerpo de la solicitud no es un JSON válido.',
      too_large: 'La solicitud es demasiado grande.',
      one_payload: 'Envía un único objeto de datos.',
      no_such_request: 'Esa solicitud no existe.',
      no_such_api_call: 'Esa llamada a la API no existe.',
      no_such_auth_call: 'Esa llamada de autenticación no existe.',
      no_such_file: 'Ese archivo no existe.',
      too_many_requests: 'Demasiadas solicitudes. Espera un momento.',
      network_busy: 'Demasiadas solicitudes desde tu red. Espera un momento.',
      sign_in_first: 'Primero inicia sesión.',
      session_ended: 'Tu sesión ha terminado. Vuelve a iniciar sesión.',
      no_live_session: 'Tu sesión ha terminado. Vuelve a cargar la página.',
      too_many_tabs:
        'Este navegador ya tiene {max} pestañas de VisionX conectadas. Cierra una y volveremos a conectar.',
      too_many_connections: 'Demasiadas conexiones desde tu red. Vuelve a intentarlo dentro de un minuto.',
      staff_only: 'Solo para el personal.',
      wrong_credentials: 'El correo electrónico o la contraseña no son correctos.',
      wrong_password: 'Tu contraseña no es correcta.',
      too_many_attempts: 'Demasiados intentos fallidos. Espera un momento y vuelve a intentarlo.',
      password_changed_meanwhile: 'Tu contraseña ha cambiado entretanto. Vuelve a iniciar sesión.',
      email_taken: 'Ya existe una cuenta con este correo electrónico.',
      sign_in_expired: 'Este inicio de sesión ha caducado. Vuelve a introducir tu contraseña.',
      too_many_wrong_codes: 'Demasiados códigos incorrectos. Espera un momento y vuelve a intentarlo.',
      two_factor_already_on: 'La verificación en dos pasos ya está activada.',
      two_factor_already_off: 'La verificación en dos pasos ya está desactivada.',
      two_factor_setup_restart:
        'Vuelve a empezar la configuración: no hay ninguna app de autenticación pendiente de confirmar.',
      two_factor_staff_required: 'Las cuentas del personal deben mantener la verificación en dos pasos.',
      token_invalid: 'Este enlace no es válido. Comprueba que has abierto el enlace completo del correo.',
      token_expired: 'Este enlace ha caducado. Pide uno nuevo.',
      token_used: 'Este enlace ya se ha usado o lo ha sustituido otro más reciente.',
      email_changed: 'Este enlace se envió a una dirección de correo que la cuenta ya no usa.',
      email_already_verified: 'Tu correo electrónico ya está verificado.',
      product_not_found: 'No hemos encontrado ese producto.',
      watch_limit: 'Puedes seguir en directo como máximo {max} productos a la vez.',
      option_not_found: 'Esa opción del producto no existe.',
      not_in_cart: 'Ese artículo no está en tu carrito.',
      quantity_limit: 'Puedes tener hasta {max} unidades de cada artículo.',
      out_of_stock: 'Este artículo está agotado.',
      stock_limit: 'Solo hay {stock} en stock.',
      cart_empty: 'Tu carrito está vacío.',
      cart_changed: 'Tu carrito ha cambiado. Revísalo y vuelve a realizar el pedido.',
      stock_short: 'Solo hay {stock} en stock de {name} ({colour}).',
      cart_changed_during_payment:
        'Tu carrito ha cambiado mientras procesábamos el pago. No se te ha cobrado nada; revísalo y vuelve a intentarlo.',
      sold_out_during_payment:
        'Lo sentimos: {name} ({colour}) se ha agotado mientras finalizabas la compra. No se te ha cobrado nada.',
      attempt_reused:
        'Este intento de compra ya se usó para otro pedido. Vuelve a cargar la página e inténtalo de nuevo.',
      attempt_ended:
        'Este intento de compra terminó sin pedido y no se te ha cobrado nada. Revisa tu carrito y vuelve a realizar el pedido.',
      card_declined: 'Se ha rechazado la tarjeta. No se te ha cobrado nada y tu carrito sigue intacto.',
      insufficient_funds:
        'La tarjeta no tiene fondos suficientes. No se te ha cobrado nada y tu carrito sigue intacto.',
      cards_refused_too_often: 'Se han rechazado demasiadas tarjetas. Espera un poco antes de volver a intentarlo.',
      order_not_found: 'No hemos encontrado ese pedido.',
      order_not_cancellable: 'Un pedido en estado «{status}» no se puede cancelar.',
      order_not_movable: 'Un pedido en estado «{status}» no se puede marcar como «{to}».',
      orders_in_transit:
        'Tu pedido {numbers} todavía está en camino. Podrás eliminar tu cuenta cuando haya llegado o se haya cancelado.',
      address_not_found: 'Esa dirección ya no está en tu libreta de direcciones.',
      address_book_full: 'Tu libreta de direcciones está llena ({maximum} direcciones). Elimina una para añadir otra.',
      review_sign_in:
        'Inicia sesión para escribir una reseña de este producto. Solo pueden hacerlo los clientes que lo han recibido.',
      review_not_purchased: 'Solo los clientes que han recibido este producto pueden escribir una reseña.',
      review_not_delivered: 'Podrás escribir una reseña de este producto cuando se haya entregado tu pedido.',
      review_already_written: 'Ya has escrito una reseña de este producto.',
      review_not_of_product: 'Esa reseña no es de este producto.',
      review_not_found: 'No hemos encontrado esa reseña.',
      contact_quota: 'Ya has enviado varios mensajes. Espera un poco antes de enviar otro.',
      conversation_not_found: 'No hemos encontrado esa conversación.',
      no_earlier_conversation: 'No hay ninguna conversación anterior que continuar.',
      sending_too_fast: 'Estás enviando mensajes muy rápido. Espera un momento.',
      assistant_busy: 'El asistente está ocupado. Vuelve a intentarlo dentro de unos segundos.',
      assistant_day_limit: 'El asistente ha alcanzado su límite de hoy. Pide hablar con una persona o vuelve mañana.',
      still_answering: 'El asistente todavía está respondiendo. Espera a que termine o pulsa «Detener».',
      staff_answering: 'Una persona del equipo de VisionX está atendiendo esta conversación.',
      nothing_to_retry: 'No hay ninguna respuesta que reintentar.',
      suggestion_not_found: 'No hemos encontrado esa sugerencia.',
      suggestion_accepted: 'Esta sugerencia ya se había aceptado.',
      suggestion_declined: 'Esta sugerencia ya se había rechazado.',
      suggestion_failed: 'Esta sugerencia ya había fallado.',
      taken_by: '{name} está atendiendo esta conversación.',
      taken_by_someone: 'Alguien está atendiendo esta conversación.',
      taken_by_someone_else: 'Otra persona está atendiendo esta conversación.',
      take_over_first: 'Primero toma el control de la conversación.',
      conversation_closed: 'Esta conversación está cerrada.',
      conversation_already_closed: 'Esta conversación ya está cerrada.',
      assignment_changed: 'Alguien ha cambiado la asignación mientras tanto: ahora la tiene {name}.',
      assignment_changed_to_nobody: 'Alguien ha cambiado la asignación mientras tanto: ahora no la tiene nadie.',
      staff_member_not_found: 'No se ha encontrado a ese miembro del personal.',
      hand_back_first: 'Alguien está atendiendo al cliente: devuelve la conversación al asistente o transfiérela.',
      colleague_offline:
        '{name} no está en línea: el cliente esperaría a alguien que no está. Asígnala a alguien del equipo que esté en línea o devuélvela al asistente.',
      transcript_quota: 'Ya has pedido varias transcripciones. Vuelve a intentarlo más tarde.',
      transcript_empty: 'Esta conversación aún no tiene mensajes que enviar.',
      transcript_goes_to_account: 'La transcripción se envía al correo electrónico de tu cuenta.',
      // La herramienta de carrito del asistente explica por qué se negó (server/assistant); el personal ve su texto.
      proposal_refused: '{detail}',
      saved_reply_title_taken: 'Ya existe una respuesta guardada con este título. Elige otro título.',
      saved_reply_not_found: 'Esa respuesta guardada ya no existe. Puede que alguien la haya eliminado.',
      saved_replies_full:
        'El equipo tiene {maximum} respuestas guardadas, el máximo posible. Elimina una para añadir otra.',
      order_not_in_view: 'Abre una conversación de este cliente, o busca el pedido, antes de cambiar su estado.',
      rating_not_found: 'No hemos encontrado esa tarjeta de valoración.',
      already_rated: 'Ya has valorado esta conversación. ¡Gracias!',
      ...discountReasons,
    },
    /** Por qué falló una respuesta del asistente (CHAT_ERROR_CODES de shared/chat.ts). */
    answer: {
      upstream: 'El servicio del asistente no responde en este momento. Vuelve a intentarlo.',
      timeout: 'El asistente ha tardado demasiado en responder. Vuelve a intentarlo.',
      interrupted: 'Un reinicio ha interrumpido esta respuesta. Vuelve a intentarlo.',
      internal: 'Algo ha fallado al responder. Vuelve a intentarlo.',
    },
  },
};
