import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Livraison et retours',
  updated: '2025-01-15',
  summary:
    'Nous livrons aux États-Unis, au Canada, au Royaume-Uni, en Allemagne et en France. Toute commande peut être retournée dans les 30 jours suivant la livraison.',
  sections: [
    {
      id: 'where',
      heading: 'Zones de livraison',
      blocks: [
        'Nous livrons aux adresses situées aux États-Unis (dans les 50 États et à Washington, D.C.), au Canada, au Royaume-Uni, en Allemagne et en France. Nous ne pouvons pas livrer en boîte postale, en consigne à colis ni chez un transitaire. D’autres pays de l’UE suivront ; d’ici là, contactez-nous avant de commander depuis un autre pays.',
        'Tous les prix et frais de livraison sont exprimés en dollars américains (USD), quel que soit le pays de livraison. Pour le Canada, le Royaume-Uni, l’Allemagne et la France, les prix incluent les droits de douane et la TVA ou la TPS. Vous n’avez rien d’autre à payer à la livraison.',
      ],
    },
    {
      id: 'when',
      heading: 'Date d’expédition',
      blocks: [
        'Les commandes passées avant 14 h (heure de l’Est des États-Unis) un jour ouvré quittent notre entrepôt le jour même. Les commandes passées plus tard, le week-end ou un jour férié partent le jour ouvré suivant.',
        'Vous recevez un e-mail contenant un lien de suivi dès que le transporteur scanne votre colis, et le statut de chaque commande est affiché dans votre compte.',
      ],
    },
    {
      id: 'rates',
      heading: 'Délais et frais de livraison',
      blocks: [
        {
          table: {
            caption:
              'Les délais de livraison sont exprimés en jours ouvrés à compter de l’expédition. Montants en dollars américains (USD).',
            head: ['Destination', 'Standard', 'Express'],
            rows: [
              ['États-Unis', '3 à 5 jours, 5,95 USD (offerte dès 99 USD)', '1 à 2 jours, 14,95 USD'],
              ['Canada', '5 à 8 jours, 9,95 USD (offerte dès 149 USD)', '2 à 4 jours, 24,95 USD'],
              ['Royaume-Uni', '3 à 5 jours, 6,95 USD (offerte dès 99 USD)', '1 à 2 jours, 14,95 USD'],
              ['Allemagne et France', '4 à 8 jours, 7,95 USD (offerte dès 119 USD)', '2 à 4 jours, 19,95 USD'],
            ],
          },
        },
        'Les modules de remplacement envoyés au titre de la garantie ou du programme de réparation sont toujours expédiés gratuitement en livraison standard.',
      ],
    },
    {
      id: 'damaged',
      heading: 'Colis endommagés ou perdus',
      blocks: [
        'Si un colis arrive endommagé, ou si le suivi l’indique comme livré alors que vous ne l’avez pas reçu, prévenez-nous dans les 7 jours suivant la date de livraison. Joignez si possible une photo du carton et de l’étiquette. Nous vous envoyons un article de remplacement ou vous remboursons intégralement ; vous n’avez jamais à faire de réclamation vous-même auprès du transporteur.',
      ],
    },
    {
      id: 'returns',
      heading: 'Retours sous 30 jours',
      blocks: [
        'Vous pouvez nous retourner tout article acheté chez nous dans les 30 jours suivant la livraison, sans avoir à justifier de motif. Ce droit s’ajoute à vos droits légaux : au Royaume-Uni et dans l’UE, le délai légal de rétractation de 14 jours est compris dans nos 30 jours.',
        {
          list: [
            'Les téléphones doivent être complets : châssis, tous les modules, le tournevis et la boîte.',
            'Les modules que vous avez installés puis retirés peuvent être retournés, à condition d’être en bon état.',
            'Déconnectez-vous de vos comptes et réinitialisez le téléphone avant de l’envoyer.',
            'Les cartes cadeaux et les coques arrière gravées ne peuvent être retournées que si elles sont défectueuses.',
          ],
        },
      ],
    },
    {
      id: 'how-to-return',
      heading: 'Comment retourner un article',
      blocks: [
        {
          steps: [
            'Envoyez-nous un message depuis la page Contact en indiquant votre numéro de commande et les articles que vous retournez.',
            'Nous vous envoyons par e-mail une étiquette de retour prépayée sous un jour ouvré. Les retours sont gratuits dans les quatre zones de livraison.',
            'Emballez les articles dans leur boîte d’origine si vous l’avez encore, collez l’étiquette et déposez le colis auprès du transporteur.',
          ],
        },
      ],
    },
    {
      id: 'refunds',
      heading: 'Remboursements',
      blocks: [
        'Nous vous remboursons dans les 5 jours ouvrés suivant la réception de votre retour, sur le moyen de paiement utilisé, frais de livraison standard initiaux compris. Votre banque peut mettre 3 à 10 jours ouvrés de plus à le faire apparaître sur votre compte.',
        'Si un article nous revient avec des dommages qui vont au-delà d’une manipulation normale, nous vous contactons avant de rembourser un montant réduit et vous en expliquons la raison.',
      ],
    },
    {
      id: 'exchanges',
      heading: 'Échanges',
      blocks: [
        'Vous souhaitez un autre coloris ou une autre capacité de stockage ? Indiquez-le lors de votre demande de retour : nous expédions le nouvel article dès que l’étiquette de retour est scannée, pour que vous ne restiez pas sans téléphone.',
      ],
    },
  ],
};
