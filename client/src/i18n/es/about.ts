/** La historia de VisionX. */
export const about = {
  title: 'Quiénes somos',
  heading: 'Sobre VisionX',
  lead: 'Hacemos teléfonos para quienes prefieren conservarlos.',
  sections: {
    origin: {
      heading: 'Por qué empezamos',
      body: 'VisionX nació en una mesa de reparaciones. Nuestros fundadores pasaron años despegando cristales pegados de teléfonos que tenían dos años y ya se daban por muertos. El problema nunca fueron las personas que los usaban, sino unos teléfonos diseñados para ser sustituidos. Así que nos propusimos diseñar uno hecho para durar.',
    },
    design: {
      heading: 'Cómo se construye un VisionX',
      body: 'Cada VisionX es un chasis y un conjunto de módulos: pantalla, batería, cámara principal, cámara frontal, altavoz y puerto USB-C. Cada uno va sujeto con tornillos estándar y un único conector, así que un pequeño destornillador Phillips (incluido en la caja del Vision X Pro Max Ultra, el Halo Vision Pro Ultra y el Vision X Terra) es la única herramienta que necesitas. Cuando una pieza se desgasta, cambias solo esa pieza. Cuando llega una cámara mejor, la añades al teléfono que ya tienes.',
    },
    materials: {
      heading: 'De qué está hecho',
      body: 'El chasis es de aluminio 100 % reciclado. Nuestros embalajes son solo de papel y cartón. Publicamos el origen del estaño, el tantalio, el wolframio y el oro de cada teléfono, y pagamos a nuestros socios de ensamblaje una prima de salario digno además de lo que fijan sus contratos.',
    },
    promise: {
      heading: 'Nuestro compromiso',
      body: 'Mantenemos módulos de repuesto en stock durante al menos siete años desde el lanzamiento de cada modelo, publicamos guías de reparación para cada pieza y recogemos cualquier módulo VisionX para reutilizarlo o reciclarlo, esté en el estado que esté. Un teléfono debería ser algo que conserves.',
    },
  },
  cta: 'Ver los teléfonos',
};
