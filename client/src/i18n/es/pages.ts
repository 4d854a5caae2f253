/** Inicio, Soporte y Contacto (los textos de la tienda están en catalog.ts). */
export const pages = {
  home: {
    title: 'Tu teléfono para siempre',
    heading: 'Tu teléfono para siempre',
    // Se muestra delante de cada palabra que se va escribiendo: «Para siempre, tu teléfono».
    lead: 'Para siempre,',
    words: { future: 'tu futuro', companion: 'tu compañero', life: 'tu vida', phone: 'tu teléfono' },
    intro:
      'Un teléfono hecho para abrirlo, repararlo y mejorarlo, no para sustituirlo. Cambia la batería en dos minutos, mejora la cámara cuando quieras y conserva todo lo demás.',
    shopCta: 'Comprar teléfonos',
    supportCta: 'Hablar con soporte',
    valuesHeading: 'Hecho para durar. Hecho para repararse.',
    values: {
      modular: {
        title: 'Modular',
        body: 'La batería, la cámara, la pantalla, el altavoz y el puerto USB-C son módulos independientes sujetos con tornillos estándar. Mejora la pieza que te importa en lugar de cambiar todo el teléfono.',
      },
      repairable: {
        title: 'Reparable',
        body: 'Todos los módulos se sacan con un pequeño destornillador Phillips. Guías paso a paso, piezas a precio fijo y una garantía de 2 años que no se pierde por abrir el teléfono.',
      },
      sustainable: {
        title: 'Sostenible',
        body: 'Un chasis de aluminio reciclado, embalajes sin plástico, piezas de repuesto durante al menos siete años y un programa de recogida que reutiliza o recicla cada módulo que nos envíes.',
      },
    },
    factsHeading: 'VisionX en cifras',
    facts: {
      battery: { value: '2 min', label: 'para cambiar una batería' },
      parts: { value: '7 años', label: 'de piezas de repuesto para cada modelo' },
      warranty: { value: '2 años', label: 'de garantía, reparación incluida' },
    },
    helpHeading: 'Respuestas reales, en tiempo real',
    helpBody:
      '¿Tienes preguntas sobre un teléfono, un pedido o una reparación? Nuestro equipo responde en minutos, y pronto llegará un asistente de compras en directo.',
    helpCta: 'Escribe a nuestro equipo',
    featuredHeading: 'Destacados',
    newestHeading: 'Nuestro teléfono más reciente',
    newestCta: 'Ver el {name}',
    allProducts: 'Ver todos los productos',
  },
  support: {
    title: 'Soporte',
    heading: 'Soporte',
    lead: 'Respuestas en segundos y una persona cuando la necesites.',
    body: 'Nuestro asistente responde al momento a preguntas sobre teléfonos, pedidos, devoluciones y reparaciones, con los precios reales de la tienda y tus pedidos reales, y te pasa con una persona de nuestro equipo de soporte siempre que lo pidas. ¿Prefieres el correo electrónico? Envíanos un mensaje y una persona te responderá en un plazo de un día hábil.',
    contactCta: 'Envíanos un mensaje',
    faqHeading: 'Preguntas frecuentes',
    faq: {
      battery: {
        q: '¿Cómo cambio la batería?',
        a: 'Apaga el teléfono, quita los tornillos de la tapa trasera (entre cinco y diez, según el modelo) con un pequeño destornillador Phillips (#00; #0 para el Vision X Terra), saca la batería tirando de su lengüeta y encaja la nueva a presión. Se tarda unos cinco minutos.',
      },
      warranty: {
        q: '¿Pierdo la garantía si abro el teléfono?',
        a: 'No. Tu VisionX está hecho precisamente para abrirlo y cambiarle módulos. La garantía de 2 años sigue cubriendo los defectos; solo quedan excluidos los daños causados durante una reparación.',
      },
      shipping: {
        q: '¿Cuánto tarda la entrega?',
        a: 'La entrega estándar tarda de 3 a 5 días hábiles en EE. UU., de 5 a 8 en Canadá, de 3 a 5 en el Reino Unido y de 4 a 8 en la UE. El envío exprés es más rápido en todos los destinos.',
      },
      returns: {
        q: '¿Puedo devolver mi teléfono?',
        a: 'Sí, en los 30 días siguientes a la entrega y por cualquier motivo, siempre que esté completo y sin daños.',
      },
    },
    policiesHeading: 'Políticas',
    policiesBody: 'Los detalles que hay detrás de cada respuesta:',
    policyLinks: {
      shipping: 'Plazos y costes de entrega, y devoluciones',
      warranty: 'Dos años de cobertura y reparaciones a precio fijo',
      privacy: 'Qué guardamos y cómo eliminarlo',
      terms: 'Las normas de uso de la tienda',
    },
  },
  contact: {
    title: 'Contacto',
    heading: 'Contacta con nosotros',
    intro:
      'Cuéntanos qué necesitas. Una persona de nuestro equipo te responderá por correo electrónico en un plazo de un día hábil.',
    name: 'Nombre',
    email: 'Correo electrónico',
    topic: 'Tema',
    topicPlaceholder: 'Elige un tema',
    topics: {
      order: 'Un pedido que he realizado',
      product: 'Una pregunta sobre un producto',
      repair: 'Reparación o garantía',
      other: 'Otra cosa',
    },
    message: 'Mensaje',
    messageHint: 'Al menos 10 caracteres. Incluye el número de pedido si lo tienes.',
    submit: 'Enviar mensaje',
    successHeading: 'Mensaje enviado',
    successBody: 'Gracias, {name}. Hemos recibido tu mensaje el {date}.',
    reference: 'Tu número de referencia es {id}. Responderemos a {email} en un plazo de un día hábil.',
    another: 'Enviar otro mensaje',
  },
};
