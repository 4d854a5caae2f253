/** Códigos de descuento: el campo del código al pagar y la página de descuentos del panel de soporte. */

/** Textos para los motivos de descuento de shared/result.ts (se incluyen en errors.reasons). */
export const discountReasons = {
  discount_unknown: 'El código {code} no existe. Comprueba que esté bien escrito.',
  discount_disabled: 'El código {code} ya no es válido.',
  discount_expired: 'El código {code} ha caducado.',
  discount_used_up: 'El código {code} ya se ha usado el máximo de veces permitido.',
  discount_below_minimum: 'Tu pedido no llega al importe mínimo del código {code}.',
  discount_code_taken: 'Ya existe el código de descuento {code}. Elige otro.',
  discount_tries_too_often: 'Has probado demasiados códigos. Espera un poco antes de probar otro.',
};

export const discounts = {
  discounts: {
    /** En la página del pedido y en la lista de pedidos (los totales allí ya llevan el descuento). */
    order: {
      line: 'Descuento ({code})',
      listNote: 'Con el código {code}',
    },
    field: {
      label: 'Código de descuento',
      apply: 'Aplicar',
      remove: 'Quitar',
      /** La línea del resumen: «Código SAVE10». */
      summary: 'Código {code}',
      applied: 'Código {code} aplicado: {amount} de descuento.',
      removed: 'Se ha quitado el código {code}.',
      /** Con el mínimo ya formateado, donde el campo puede indicarlo. */
      belowMinimum: 'El código {code} requiere un pedido mínimo de {minimum} (antes del descuento).',
      rechecking: 'Volviendo a comprobar el código con tu carrito actualizado…',
    },
    desk: {
      title: 'Códigos de descuento',
      heading: 'Códigos de descuento',
      back: 'Volver a VisionX Desk',
      link: 'Descuentos',
      create: {
        heading: 'Nuevo código',
        code: 'Código',
        codeHint: 'De 3 a 32 letras, números o guiones; los clientes pueden escribirlo en mayúsculas o minúsculas.',
        kind: 'Tipo',
        percent: 'Porcentaje de descuento',
        amount: 'Importe fijo de descuento',
        percentValue: 'Porcentaje (1–100)',
        amountValue: 'Importe en dólares estadounidenses (USD)',
        minimum: 'Pedido mínimo (opcional)',
        minimumHint: 'En dólares estadounidenses (USD): el subtotal antes del descuento debe alcanzarlo.',
        expiry: 'Último día (opcional)',
        expiryHint: 'El código funciona hasta el final de ese día.',
        limit: 'Límite de usos (opcional)',
        limitHint: 'Cuántos pedidos pueden usarlo en total.',
        submit: 'Crear código',
        created: 'Código {code} creado.',
      },
      list: {
        heading: 'Códigos',
        loading: 'Cargando los códigos…',
        empty: 'Aún no hay códigos de descuento.',
        code: 'Código',
        gives: 'Descuento',
        percentOff: '{value} % de descuento',
        amountOff: '{amount} de descuento',
        minimum: 'pedido mín. {amount}',
        used: 'Usos',
        usedOf: '{used} de {limit}',
        usedNoLimit: '{used} (sin límite)',
        expires: 'Caduca',
        never: 'Nunca',
        status: 'Estado',
        active: 'Activo',
        expired: 'Caducado',
        usedUp: 'Agotado',
        disabled: 'Desactivado',
        disable: 'Desactivar',
        disableLabel: 'Desactivar {code}',
        disabledDone: 'Código {code} desactivado.',
      },
    },
  },
};
