/**
 * Textos para los campos no válidos: uno por código de campo de shared/field-errors.ts, y por
 * campo cuando su texto es distinto. Forma parte de la tabla única de mensajes de error (errors.ts).
 */
export const fieldErrors = {
  fieldErrors: {
    /** Uno por código de campo de shared/field-errors.ts, para cualquier campo sin textos propios. */
    codes: {
      required: 'Rellena este campo.',
      too_short: 'Escribe al menos {minimum} caracteres.',
      too_long: 'Escribe como máximo {maximum} caracteres.',
      too_small: 'Introduce un valor igual o superior a {minimum}.',
      too_big: 'Introduce un valor igual o inferior a {maximum}.',
      too_few: 'Elige al menos {minimum}.',
      too_many: 'Elige como máximo {maximum}.',
      not_integer: 'Introduce un número entero.',
      invalid_email: 'Introduce un correo electrónico válido.',
      invalid_format: 'Revisa el formato de este campo.',
      invalid_choice: 'Elige una de las opciones.',
      not_allowed: 'Este campo no está permitido.',
      invalid: 'Este valor no es válido.',
      bad_characters: 'Este campo contiene caracteres no permitidos.',
      html_not_allowed: 'Escribe solo texto, sin HTML.',
      one_line: 'Escríbelo en una sola línea.',
      too_many_bytes: 'Escribe como máximo {maximum} bytes.',
      same_password: 'La contraseña nueva debe ser distinta de la actual.',
      passwords_differ: 'Las dos contraseñas no coinciden.',
      price_range: 'El precio máximo no puede ser inferior al mínimo.',
      postal_code: 'Introduce un código postal como {example}.',
      region_letters: 'Introduce la región con dos letras.',
      no_words: 'Escribe una palabra, un nombre, un correo electrónico o un número de pedido.',
      common_password: 'Esta contraseña es demasiado común. Elige una más difícil de adivinar.',
      email_taken: 'Ya existe una cuenta con este correo electrónico. Prueba a iniciar sesión.',
      wrong_password: 'Tu contraseña no es correcta.',
      wrong_code: 'Ese código no es correcto. Comprueba tu app de autenticación y vuelve a intentarlo.',
      code_used: 'Ese código ya se ha usado. Espera a que tu app de autenticación muestre el siguiente.',
      totp_only: 'Introduce el código de 6 dígitos de tu app de autenticación.',
      card_invalid: 'El número de tarjeta no es válido.',
      card_expired: 'La tarjeta ha caducado.',
      cvc_invalid: 'El código de seguridad no es válido.',
      card_declined: 'Se ha rechazado la tarjeta.',
      insufficient_funds: 'La tarjeta no tiene fondos suficientes.',
      out_of_stock: 'Este artículo está agotado.',
      stock_limit: 'Solo hay {stock} en stock.',
      not_of_product: 'No es una reseña de este producto.',
      unknown_variable: '«{variable}» no es una variable válida en las respuestas guardadas. Revisa cómo está escrita.',
      not_in_future: 'Elige una hora posterior a la actual.',
      too_far_ahead: 'Elige una hora dentro de los próximos {maximum} días.',
    },
    /**
     * Los textos propios de un campo para un código, por la ruta del campo (sin índices de listas).
     * Cuando el texto de un código depende de su `format` o `country`, se dividen según este.
     */
    fields: {
      email: {
        required: 'Introduce tu correo electrónico.',
        too_long: 'El correo electrónico debe tener como máximo {maximum} caracteres.',
      },
      name: {
        required: 'Introduce tu nombre.',
        too_long: 'El nombre debe tener como máximo {maximum} caracteres.',
        bad_characters: 'El nombre contiene caracteres no permitidos.',
      },
      password: {
        required: 'Introduce tu contraseña.',
        too_short: 'La contraseña debe tener al menos {minimum} caracteres.',
        too_long: 'La contraseña debe tener como máximo {maximum} caracteres.',
        too_many_bytes: 'La contraseña debe tener como máximo {maximum} bytes.',
      },
      currentPassword: {
        required: 'Introduce tu contraseña.',
        too_long: 'La contraseña es demasiado larga.',
      },
      newPassword: {
        required: 'Introduce una contraseña.',
        too_short: 'La contraseña debe tener al menos {minimum} caracteres.',
        too_long: 'La contraseña debe tener como máximo {maximum} caracteres.',
        too_many_bytes: 'La contraseña debe tener como máximo {maximum} bytes.',
      },
      code: {
        required: 'Introduce el código de 6 dígitos de tu app de autenticación o un código de recuperación.',
        too_long: 'Introduce el código de 6 dígitos de tu app de autenticación o un código de recuperación.',
        invalid_format: {
          totp: 'Introduce el código de 6 dígitos de tu app de autenticación.',
          one_time_code: 'Introduce el código de 6 dígitos de tu app de autenticación o un código de recuperación.',
        },
      },
      pendingToken: {
        required: 'Vuelve a iniciar sesión.',
        invalid_format: 'Vuelve a iniciar sesión.',
      },
      variantId: { required: 'Elige una opción del producto.' },
      quantity: {
        required: 'Introduce una cantidad.',
        not_integer: 'Las cantidades son números enteros.',
        too_small: 'La cantidad debe ser al menos {minimum}.',
        too_big: 'Puedes añadir hasta {maximum} unidades de cada artículo.',
      },
      slug: { invalid_format: 'No es la dirección de un producto.' },
      q: {
        required: 'Escribe algo que buscar.',
        too_long: 'El texto de búsqueda debe tener como máximo {maximum} caracteres.',
      },
      minPrice: {
        not_integer: 'Los precios se expresan en centavos enteros.',
        too_small: 'Los precios no pueden ser negativos.',
      },
      maxPrice: {
        not_integer: 'Los precios se expresan en centavos enteros.',
        too_small: 'Los precios no pueden ser negativos.',
      },
      sort: { invalid_choice: 'Criterio de ordenación desconocido.' },
      page: { too_small: 'Las páginas empiezan en {minimum}.' },
      ignore: { invalid_choice: 'Tipo de filtro de búsqueda desconocido.' },
      chatId: { required: 'Elige una conversación.' },
      text: {
        required: 'Escribe un mensaje.',
        too_long: 'Los mensajes pueden tener como máximo {maximum} caracteres.',
        bad_characters: 'El mensaje contiene caracteres no permitidos.',
      },
      clientId: {
        required: 'Al mensaje le falta su identificador.',
        invalid_format: 'Al mensaje le falta su identificador.',
      },
      department: { invalid_choice: 'Elige ventas, soporte técnico o atención al cliente.' },
      phone: {
        required: 'Introduce un número de teléfono.',
        invalid_format: 'Introduce un número de teléfono con su prefijo.',
      },
      address: {
        name: {
          required: 'Introduce el nombre del destinatario.',
          too_long: 'El nombre del destinatario debe tener como máximo {maximum} caracteres.',
        },
        line1: {
          required: 'Introduce la calle y el número.',
          too_long: 'La calle y el número deben tener como máximo {maximum} caracteres.',
        },
        line2: { too_long: 'La segunda línea debe tener como máximo {maximum} caracteres.' },
        city: {
          required: 'Introduce la ciudad.',
          too_long: 'La ciudad debe tener como máximo {maximum} caracteres.',
        },
        region: {
          region_letters: {
            US: 'Introduce el estado con dos letras.',
            CA: 'Introduce la provincia con dos letras.',
          },
        },
        postalCode: {
          required: 'Introduce un código postal.',
          too_long: 'Los códigos postales tienen como máximo {maximum} caracteres.',
        },
        country: { invalid_choice: 'Enviamos a Estados Unidos, Canadá, Reino Unido, Alemania y Francia.' },
      },
      shippingMethod: { invalid_choice: 'Elige un método de envío.' },
      card: {
        number: {
          required: 'Introduce el número de tarjeta.',
          invalid_format: 'Introduce el número tal como aparece en la tarjeta.',
        },
        expiry: {
          required: 'Introduce la fecha de caducidad.',
          invalid_format: 'Introduce la fecha de caducidad como MM/AA.',
        },
        cvc: {
          required: 'Introduce el código de seguridad.',
          invalid_format: 'Introduce los 3 o 4 dígitos de la tarjeta.',
        },
        name: {
          required: 'Introduce el nombre que figura en la tarjeta.',
          too_long: 'El nombre que figura en la tarjeta debe tener como máximo {maximum} caracteres.',
        },
      },
      idempotencyKey: {
        required: 'Falta el identificador del intento de compra.',
        invalid_format: 'Falta el identificador del intento de compra.',
      },
      topic: { invalid_choice: 'Elige un tema.' },
      message: {
        required: 'Escribe un mensaje.',
        too_short: 'Escribe al menos {minimum} caracteres.',
        too_long: 'Escribe como máximo {maximum} caracteres.',
      },
      number: { invalid_format: 'No es un número de pedido de VisionX.' },
      note: { too_long: 'La nota puede tener como máximo {maximum} caracteres.' },
      resolution: {
        required: 'Indica cómo se ha resuelto.',
        too_long: 'La nota puede tener como máximo {maximum} caracteres.',
      },
      productId: { required: 'Elige un producto.' },
      rating: {
        required: 'Elige una valoración de 1 a 5 estrellas.',
        not_integer: 'Elige un número entero de estrellas.',
        too_small: 'Elige una valoración de 1 a 5 estrellas.',
        too_big: 'Elige una valoración de 1 a 5 estrellas.',
      },
      title: {
        required: 'El título debe ser texto.',
        too_long: 'El título puede tener como máximo {maximum} caracteres.',
        bad_characters: 'El título contiene caracteres no permitidos.',
        html_not_allowed: 'El título debe ser solo texto, sin HTML.',
        one_line: 'El título debe ocupar una sola línea.',
      },
      body: {
        required: 'Escribe tu reseña.',
        too_short: 'Escribe al menos {minimum} caracteres.',
        too_long: 'Tu reseña puede tener como máximo {maximum} caracteres.',
        bad_characters: 'Tu reseña contiene caracteres no permitidos.',
        html_not_allowed: 'Tu reseña debe ser solo texto, sin HTML.',
      },
    },
  },
};
