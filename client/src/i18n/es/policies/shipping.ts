import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Envíos y devoluciones',
  updated: '2025-01-15',
  summary:
    'Enviamos a Estados Unidos, Canadá, el Reino Unido, Alemania y Francia. Puedes devolver cualquier pedido en un plazo de 30 días desde la entrega.',
  sections: [
    {
      id: 'where',
      heading: 'Adónde enviamos',
      blocks: [
        'Realizamos entregas en direcciones de Estados Unidos (los 50 estados y Washington D. C.), Canadá, el Reino Unido, Alemania y Francia. No podemos entregar en apartados de correos, taquillas de paquetería ni empresas de reenvío de mercancías. Se irán sumando más países de la UE; hasta entonces, ponte en contacto con nosotros antes de hacer un pedido desde otro lugar.',
        'Todos los precios y gastos de envío se expresan en dólares estadounidenses (USD), sea cual sea el país de destino. Los precios para Canadá, el Reino Unido, Alemania y Francia incluyen los derechos de importación y el IVA o el GST. No hay nada más que pagar en la entrega.',
      ],
    },
    {
      id: 'when',
      heading: 'Cuándo se envía tu pedido',
      blocks: [
        'Los pedidos realizados antes de las 14:00 (hora del Este de EE. UU.) de un día hábil salen de nuestro almacén ese mismo día. Los pedidos realizados más tarde, o en fines de semana y festivos, salen el siguiente día hábil.',
        'Recibirás un correo electrónico con un enlace de seguimiento en cuanto el transportista escanee tu paquete, y podrás consultar el estado de todos tus pedidos en tu cuenta.',
      ],
    },
    {
      id: 'rates',
      heading: 'Plazos y gastos de entrega',
      blocks: [
        {
          table: {
            caption: 'Los plazos de entrega se cuentan en días hábiles desde el envío.',
            head: ['Destino', 'Estándar', 'Exprés'],
            rows: [
              ['Estados Unidos', '3–5 días, 5,95 USD (gratis desde 99 USD)', '1–2 días, 14,95 USD'],
              ['Canadá', '5–8 días, 9,95 USD (gratis desde 149 USD)', '2–4 días, 24,95 USD'],
              ['Reino Unido', '3–5 días, 6,95 USD (gratis desde 99 USD)', '1–2 días, 14,95 USD'],
              ['Alemania y Francia', '4–8 días, 7,95 USD (gratis desde 119 USD)', '2–4 días, 19,95 USD'],
            ],
          },
        },
        'Los módulos de repuesto enviados en garantía o a través del programa de reparación se envían siempre gratis con la entrega estándar.',
      ],
    },
    {
      id: 'damaged',
      heading: 'Paquetes dañados o perdidos',
      blocks: [
        'Si un paquete llega dañado, o el seguimiento lo da por entregado y no lo tienes, avísanos en un plazo de 7 días desde la fecha de entrega. Si puedes, envíanos una foto de la caja y de la etiqueta. Te enviaremos otro igual o te reembolsaremos el importe íntegro; nunca tendrás que reclamar tú al transportista.',
      ],
    },
    {
      id: 'returns',
      heading: 'Devoluciones en 30 días',
      blocks: [
        'Puedes devolver cualquier producto que nos hayas comprado en un plazo de 30 días desde la entrega, por cualquier motivo. Este derecho se suma a los que te reconoce la ley: en el Reino Unido y la UE, el derecho de desistimiento de 14 días queda incluido en estos 30 días.',
        {
          list: [
            'Los teléfonos deben devolverse completos: chasis, todos los módulos, el destornillador y la caja.',
            'Puedes devolver módulos que hayas instalado y vuelto a quitar, siempre que no estén dañados.',
            'Cierra la sesión de tus cuentas y restablece el teléfono antes de enviarlo.',
            'Las tarjetas regalo y las tapas traseras grabadas no admiten devolución, salvo que sean defectuosas.',
          ],
        },
      ],
    },
    {
      id: 'how-to-return',
      heading: 'Cómo devolver un artículo',
      blocks: [
        {
          steps: [
            'Envíanos un mensaje desde la página de Contacto con tu número de pedido y los artículos que devuelves.',
            'Te enviaremos por correo electrónico una etiqueta de devolución prepagada en un plazo de un día hábil. Las devoluciones son gratuitas en las cuatro regiones.',
            'Embala los artículos en su caja original si aún la tienes, pega la etiqueta y entrega el paquete al transportista.',
          ],
        },
      ],
    },
    {
      id: 'refunds',
      heading: 'Reembolsos',
      blocks: [
        'Te reembolsamos el importe, incluidos los gastos del envío estándar original, en un plazo de 5 días hábiles desde que recibimos tu devolución, con el mismo método de pago que usaste. Tu banco puede tardar entre 3 y 10 días hábiles más en reflejarlo.',
        'Si un artículo vuelve con daños que van más allá de una manipulación normal, nos pondremos en contacto contigo antes de reembolsarte un importe reducido y te explicaremos el motivo.',
      ],
    },
    {
      id: 'exchanges',
      heading: 'Cambios',
      blocks: [
        '¿Quieres otro color u otra capacidad? Dínoslo al solicitar la devolución y te enviaremos el artículo nuevo en cuanto se escanee la etiqueta de devolución, para que no te quedes sin teléfono.',
      ],
    },
  ],
};
