import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Privacidad',
  updated: '2025-01-15',
  summary:
    'Recogemos lo que necesitamos para venderte un teléfono, entregártelo y ayudarte con él. No vendemos tus datos, no usamos rastreadores publicitarios y puedes exportar o eliminar tus datos desde la página de tu cuenta en cualquier momento.',
  sections: [
    {
      id: 'who',
      heading: 'Responsable del tratamiento',
      blocks: [
        'VisionX es el responsable del tratamiento de los datos personales que se describen aquí. Las consultas sobre privacidad pueden dirigirse a privacy@visionx.example; respondemos en un plazo de 30 días, normalmente mucho antes.',
      ],
    },
    {
      id: 'what',
      heading: 'Qué datos guardamos',
      blocks: [
        {
          list: [
            'Cuenta: tu correo electrónico, tu nombre, la fecha en que te registraste y tu contraseña. La contraseña solo se guarda como hash bcrypt; nadie en VisionX puede leerla.',
            'Sesiones: un identificador de sesión aleatorio, cuándo empezó la sesión, cuándo se usó por última vez, cuándo caduca y si se cerró. Los guardamos para mantener tu sesión iniciada y para cerrarla en todos los dispositivos cuando cierras sesión o cambias la contraseña.',
            'Carrito y pedidos: los artículos, los precios, la dirección de envío, el estado de la entrega y el historial de cada pedido. De los pagos solo guardamos la marca de la tarjeta y sus cuatro últimos dígitos; el número completo de la tarjeta y el código de seguridad nunca se guardan.',
            'Chats: los mensajes que intercambias con nuestro asistente de compras y con nuestro equipo de soporte, incluido qué miembro del equipo respondió.',
            'Mensajes de contacto: lo que envías a través de la página de Contacto, con el nombre y el correo electrónico que indiques.',
          ],
        },
        'No recogemos tu ubicación, tus contactos ni datos de otros sitios web.',
      ],
    },
    {
      id: 'cookies',
      heading: 'Cookies',
      blocks: [
        'Usamos una única cookie estrictamente necesaria. Contiene una referencia cifrada a tu sesión, para que la tienda pueda conservar tu carrito y saber si has iniciado sesión. Los visitantes que no han iniciado sesión también reciben una sesión de invitado, para que su carrito no se pierda al recargar la página.',
        'No usamos cookies publicitarias, ni analítica de terceros, ni rastreadores de redes sociales, así que no hay ningún aviso de cookies que aceptar.',
      ],
    },
    {
      id: 'why',
      heading: 'Para qué los usamos',
      blocks: [
        {
          list: [
            'Para venderte y entregarte lo que pides, y para gestionar devoluciones y reclamaciones en garantía (necesario para ejecutar nuestro contrato contigo).',
            'Para mantener tu cuenta segura, detectar fraudes y limitar abusos como los intentos repetidos y fallidos de inicio de sesión (nuestro interés legítimo en una tienda segura).',
            'Para conservar los registros de pedidos y facturas durante el tiempo que exija la normativa fiscal (una obligación legal).',
            'Para responder a tus preguntas por chat y por correo electrónico (necesario para ejecutar nuestro contrato, o por nuestro interés legítimo cuando aún no eres cliente).',
          ],
        },
      ],
    },
    {
      id: 'assistant',
      heading: 'El asistente de compras',
      blocks: [
        'De forma predeterminada, nuestro asistente de compras funciona en nuestros propios servidores. Cuando recurrimos a un proveedor externo de modelos de lenguaje para responder, solo le enviamos la conversación y la información de producto necesaria para la respuesta, en virtud de un contrato de encargo del tratamiento que prohíbe al proveedor usarla para entrenar sus modelos.',
        'Una persona de nuestro equipo de soporte puede leer una conversación y tomar el control, para que alguien pueda ayudarte cuando el asistente no pueda.',
      ],
    },
    {
      id: 'sharing',
      heading: 'Con quién los compartimos',
      blocks: [
        'Solo compartimos datos con las empresas que nos ayudan a gestionar la tienda: nuestro proveedor de servicios de pago (para cobrar), nuestros transportistas (tu nombre, dirección y número de teléfono, para la entrega) y nuestro proveedor de alojamiento. Cada uno de ellos solo puede usar los datos en nuestro nombre. Nunca vendemos ni alquilamos datos personales.',
      ],
    },
    {
      id: 'retention',
      heading: 'Cuánto tiempo los conservamos',
      blocks: [
        {
          list: [
            'Las sesiones iniciadas terminan tras 7 días sin uso y, como máximo, a los 30 días. Los registros de sesión se eliminan 30 días después de que terminen.',
            'Los carritos y chats de invitados se eliminan 30 días después de que termine la sesión de invitado.',
            'Los chats y los mensajes de contacto se conservan durante 12 meses y después se eliminan.',
            'Tu cuenta se conserva hasta que la elimines.',
            'Los registros de pedidos se conservan durante 7 años porque lo exige la normativa fiscal. Cuando eliminas tu cuenta, quitamos de ellos tu nombre y tu correo electrónico.',
          ],
        },
      ],
    },
    {
      id: 'rights',
      heading: 'Tus derechos: exportar y eliminar',
      blocks: [
        'Puedes consultar, exportar y eliminar tus datos tú mismo, sin tener que pedírnoslo:',
        {
          list: [
            'Exportar: en la página de tu cuenta, «Exportar mis datos» descarga todo lo que guardamos sobre ti (cuenta, sesiones, pedidos y chats) en un archivo JSON.',
            'Eliminar: en la página de tu cuenta, «Eliminar cuenta» borra al instante tu cuenta, tus sesiones, tu carrito y tus chats, y cierra tu sesión en todos los dispositivos.',
            'Rectificar: escríbenos y corregiremos cualquier dato que sea incorrecto.',
          ],
        },
        'También tienes derecho a oponerte al tratamiento basado en nuestro interés legítimo y a presentar una reclamación ante la autoridad de protección de datos competente. Aun así, te agradeceríamos que nos dieras antes la oportunidad de resolver el problema.',
      ],
    },
    {
      id: 'security',
      heading: 'Seguridad',
      blocks: [
        'Todo el tráfico está cifrado con TLS. Las contraseñas se guardan cifradas con hash, las sesiones pueden cerrarse desde cualquier lugar y, al cambiar la contraseña, se cierra la sesión en todos los demás dispositivos. Nuestro personal solo ve los datos de los clientes cuando los necesita para ayudarte.',
      ],
    },
    {
      id: 'children',
      heading: 'Menores',
      blocks: [
        'La tienda no está dirigida a menores de 16 años, y no recogemos sus datos a sabiendas. Si crees que un menor ha creado una cuenta, ponte en contacto con nosotros y la eliminaremos.',
      ],
    },
    {
      id: 'changes',
      heading: 'Cambios en esta política',
      blocks: [
        'Cuando cambiamos esta política, actualizamos la fecha que aparece arriba. Si un cambio afecta a cómo usamos datos que ya nos has facilitado, te enviaremos un correo electrónico antes de que entre en vigor.',
      ],
    },
  ],
};
