import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Condiciones',
  updated: '2025-01-15',
  summary:
    'Estas condiciones se aplican cuando usas la tienda de VisionX, creas una cuenta o nos compras algo. Las hemos escrito para que se entiendan: si algo no te queda claro, pregúntanos.',
  sections: [
    {
      id: 'agreement',
      heading: 'Uso de la tienda',
      blocks: [
        'Al usar visionx.example o realizar un pedido, aceptas estas condiciones y las políticas a las que remiten: Envíos y devoluciones, Garantía y Privacidad. Si vives en un país cuya legislación de consumo te ofrece más protección, se aplica esa legislación y nada de lo que aquí se dice la limita.',
      ],
    },
    {
      id: 'account',
      heading: 'Tu cuenta',
      blocks: [
        'Para crear una cuenta y realizar pedidos debes tener al menos 18 años o contar con el permiso de tu madre, padre o tutor legal. No compartas tu contraseña y elige una que no uses en otros sitios. Si crees que otra persona ha usado tu cuenta, cambia la contraseña: así se cierra al instante la sesión en todos los demás dispositivos.',
        'Puedes cerrar tu cuenta en cualquier momento desde la página de tu cuenta.',
      ],
    },
    {
      id: 'orders',
      heading: 'Pedidos y precios',
      blocks: [
        'Los precios se muestran y se cobran en dólares estadounidenses (USD) e incluyen el IVA, el GST o el impuesto sobre las ventas cuando corresponda. Los gastos de envío se muestran antes de pagar.',
        'Realizar un pedido constituye una oferta de compra. El contrato se perfecciona cuando te confirmamos el pedido por correo electrónico. Si un artículo resulta estar agotado o un precio es claramente erróneo, te avisaremos antes de cobrarte o te reembolsaremos el importe íntegro.',
        'Las existencias que muestra la tienda se actualizan en tiempo real, y un artículo solo queda reservado para ti cuando realizas el pedido.',
      ],
    },
    {
      id: 'payment',
      heading: 'Pago',
      blocks: [
        'Aceptamos las principales tarjetas de crédito y débito (Visa, Mastercard, American Express y Discover), y solo tarjetas: ni PayPal, ni monederos digitales, ni transferencias bancarias, ni pago contra reembolso, ni tarjetas regalo, ni criptomonedas, ni pago a plazos. El cargo en tu tarjeta se realiza al hacer el pedido. Si el pago falla, el pedido no se realiza y no se reserva ningún artículo.',
      ],
    },
    {
      id: 'delivery',
      heading: 'Entrega, devoluciones y garantía',
      blocks: [
        'Los plazos y gastos de entrega, tu derecho de devolución de 30 días y nuestra garantía de 2 años se describen en las políticas de Envíos y devoluciones y de Garantía, que forman parte de estas condiciones. El riesgo de pérdida se te transmite cuando se entrega el paquete.',
      ],
    },
    {
      id: 'assistant',
      heading: 'El asistente de compras',
      blocks: [
        'Nuestro asistente responde preguntas y puede sugerir cambios en tu carrito. Nunca modifica tu carrito ni realiza un pedido sin tu confirmación. Puede cometer errores: lo que cuenta son los precios, las existencias y las condiciones de estas páginas, y nuestro equipo de soporte está disponible para confirmarte cualquier cosa importante.',
      ],
    },
    {
      id: 'use',
      heading: 'Uso razonable',
      blocks: [
        {
          list: [
            'No intentes dañar ni sobrecargar la tienda, ni eludir su seguridad.',
            'No uses la tienda ni el chat para acosar a nuestro equipo ni a nadie más.',
            'No compres para revender al por mayor: podemos limitar las cantidades por cliente para que todo el mundo pueda conseguir un teléfono.',
          ],
        },
        'Podemos suspender las cuentas que incumplan estas normas y, si lo hacemos, te explicaremos el motivo.',
      ],
    },
    {
      id: 'content',
      heading: 'Nuestro contenido y el tuyo',
      blocks: [
        'El nombre, el logotipo y los diseños de VisionX nos pertenecen. Nuestras guías de reparación se publican con una licencia Creative Commons Atribución (CC BY): puedes compartirlas y adaptarlas libremente, citando la fuente.',
        'Los mensajes que nos envías siguen siendo tuyos. Nos autorizas a usarlos para responderte y para mejorar nuestro soporte.',
      ],
    },
    {
      id: 'liability',
      heading: 'Responsabilidad',
      blocks: [
        'Somos responsables de los daños y perjuicios que sean consecuencia previsible de que incumplamos estas condiciones o de nuestra negligencia. No somos responsables de los daños que no fueran previsibles ni de las pérdidas empresariales. Nada de lo dispuesto en estas condiciones limita la responsabilidad que la ley no permite limitar, como la derivada de muerte o lesiones personales causadas por negligencia, o de fraude.',
      ],
    },
    {
      id: 'changes',
      heading: 'Cambios y contacto',
      blocks: [
        'Podemos actualizar estas condiciones; la versión aplicable a un pedido es la que se mostraba cuando lo realizaste. Las consultas sobre estas condiciones pueden dirigirse a hello@visionx.example.',
      ],
    },
  ],
};
