import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Garantía',
  updated: '2025-01-15',
  summary:
    'Todos los teléfonos y módulos VisionX tienen una garantía limitada de 2 años, y abrir el teléfono nunca la anula. Fuera de garantía, nuestro programa de reparación modular hace que tu teléfono siga funcionando.',
  sections: [
    {
      id: 'coverage',
      heading: 'Qué cubre la garantía',
      blocks: [
        'Durante 2 años desde el día de la entrega, reparamos o sustituimos cualquier teléfono o módulo VisionX que falle por un defecto de materiales o de fabricación. Cuando la legislación local te otorgue una garantía más larga o más amplia, se aplicará esa.',
        'Las baterías están cubiertas durante los mismos 2 años. Se considera defectuosa una batería que conserve menos del 80 % de su capacidad original dentro de los 2 años o de los 800 ciclos de carga completos, lo que ocurra primero.',
        'Los módulos comprados por separado tienen su propia garantía de 2 años desde su fecha de entrega. Una pieza de repuesto enviada en garantía está cubierta durante el resto de la garantía original o durante 6 meses, lo que sea más largo.',
      ],
    },
    {
      id: 'opening',
      heading: 'Puedes abrir tu teléfono',
      blocks: [
        'Tu VisionX está hecho para abrirse. Quitar la tapa trasera, cambiar módulos e instalar piezas de VisionX o de otros fabricantes no anula la garantía.',
        'Lo que la garantía no cubre son los daños causados durante una reparación, por ejemplo un conector doblado al forzar un módulo o un tornillo con la cabeza pasada. Para esos casos, el programa de reparación que se describe más abajo ofrece piezas a precio fijo.',
      ],
    },
    {
      id: 'not-covered',
      heading: 'Qué no está cubierto',
      blocks: [
        {
          list: [
            'Los daños accidentales, como caídas, cristales rotos o aplastamientos.',
            'Los daños por líquidos que superen la resistencia al agua indicada para el teléfono (su clasificación IP, que figura en sus especificaciones).',
            'El desgaste normal: arañazos, rozaduras y la pérdida gradual de capacidad de la batería mientras esta se mantenga por encima del umbral indicado arriba.',
            'Los problemas causados por piezas de terceros (el resto del teléfono sigue cubierto).',
            'Los teléfonos perdidos o robados.',
          ],
        },
      ],
    },
    {
      id: 'claim',
      heading: 'Cómo presentar una reclamación',
      blocks: [
        {
          steps: [
            'Ponte en contacto con nosotros con tu número de pedido y una breve descripción del problema. Nuestro equipo suele localizar el módulo defectuoso en pocos mensajes.',
            'Si el fallo está en un solo módulo, primero te enviamos uno de repuesto. Lo cambias tú y nos devuelves el antiguo con la etiqueta prepagada en un plazo de 14 días.',
            'Si tenemos que revisar el teléfono entero, te enviamos una caja prepagada. Las reparaciones en nuestro servicio técnico tardan 5 días hábiles desde la llegada, más el envío de ida y vuelta.',
          ],
        },
        'Las reparaciones en garantía, los módulos de repuesto y el envío de ida y vuelta son gratuitos.',
      ],
    },
    {
      id: 'repair-program',
      heading: 'El programa de reparación modular',
      blocks: [
        'Una vez terminada la garantía, o para daños que la garantía no cubre, puedes comprar cualquier módulo a un precio fijo y cambiarlo tú mismo en minutos, con una videoguía gratuita para cada pieza.',
        {
          table: {
            caption: 'Precios de ejemplo de los módulos en Estados Unidos.',
            head: ['Módulo', 'Precio', 'Tiempo de sustitución'],
            rows: [
              ['Batería', '39 USD', 'unos 2 minutos'],
              ['Pantalla', '89 USD', 'unos 5 minutos'],
              ['Cámara principal', '69 USD', 'unos 3 minutos'],
              ['Puerto USB-C', '19 USD', 'unos 3 minutos'],
              ['Tapa trasera', '25 USD', 'alrededor de 1 minuto'],
            ],
          },
        },
        '¿Prefieres no hacerlo tú? Envía el teléfono a nuestro servicio técnico y te instalamos el módulo por una tarifa fija de mano de obra de 25 USD; te lo devolvemos en un plazo de 5 días hábiles.',
      ],
    },
    {
      id: 'parts',
      heading: 'Piezas de repuesto durante 7 años',
      blocks: [
        'Mantenemos en stock todos los módulos de cada modelo durante al menos 7 años desde su lanzamiento y publicamos las guías de reparación de todos ellos. Envíanos cualquier módulo antiguo, funcione o no: lo reutilizaremos o reciclaremos y te haremos un 15 % de descuento en tu próximo módulo.',
      ],
    },
  ],
};
