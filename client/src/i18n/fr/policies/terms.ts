import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Conditions générales de vente',
  updated: '2025-01-15',
  summary:
    'Les présentes conditions s’appliquent lorsque vous utilisez la boutique VisionX, créez un compte ou effectuez un achat chez nous. Elles sont rédigées pour être lues : si un point n’est pas clair, posez-nous la question.',
  sections: [
    {
      id: 'agreement',
      heading: 'Utilisation de la boutique',
      blocks: [
        'En utilisant visionx.example ou en passant commande, vous acceptez les présentes conditions ainsi que les politiques auxquelles elles renvoient : Livraison et retours, Garantie et Confidentialité. Si vous résidez dans un pays dont le droit de la consommation vous offre une protection plus étendue, ce droit s’applique et aucune disposition des présentes ne vous en prive.',
      ],
    },
    {
      id: 'account',
      heading: 'Votre compte',
      blocks: [
        'Vous devez avoir au moins 18 ans, ou l’autorisation d’un parent ou d’un tuteur légal, pour créer un compte et passer commande. Ne communiquez votre mot de passe à personne et choisissez-en un que vous n’utilisez pas ailleurs. Si vous pensez qu’une autre personne a utilisé votre compte, changez de mot de passe : tous vos autres appareils seront immédiatement déconnectés.',
        'Vous pouvez supprimer votre compte à tout moment depuis la page Mon compte.',
      ],
    },
    {
      id: 'orders',
      heading: 'Commandes et prix',
      blocks: [
        'Les prix sont affichés et facturés en dollars américains (USD) et incluent la TVA, la TPS ou la taxe de vente lorsqu’elles s’appliquent. Les frais de livraison sont indiqués avant le paiement.',
        'Passer une commande constitue une offre d’achat. Le contrat est conclu lorsque nous confirmons la commande par e-mail. Si un article se révèle en rupture de stock, ou si un prix était manifestement erroné, nous vous en informons avant d’encaisser le paiement ou nous vous remboursons intégralement.',
        'Le stock affiché dans la boutique est mis à jour en temps réel, et un article ne vous est réservé qu’au moment où votre commande est passée.',
      ],
    },
    {
      id: 'payment',
      heading: 'Paiement',
      blocks: [
        'Nous acceptons les principales cartes de crédit et de débit (Visa, Mastercard, American Express et Discover), et uniquement les cartes : ni PayPal, ni portefeuilles électroniques, ni virements bancaires, ni paiement à la livraison, ni cartes cadeaux, ni cryptomonnaies, ni paiement en plusieurs fois. Votre carte est débitée au moment où la commande est passée. Si le paiement échoue, la commande n’est pas passée et aucun stock n’est réservé.',
      ],
    },
    {
      id: 'delivery',
      heading: 'Livraison, retours et garantie',
      blocks: [
        'Les délais et frais de livraison, votre droit de retour de 30 jours et notre garantie de 2 ans sont décrits dans les politiques Livraison et retours et Garantie, qui font partie intégrante des présentes conditions. Les risques vous sont transférés à la livraison du colis.',
      ],
    },
    {
      id: 'assistant',
      heading: 'L’assistant d’achat',
      blocks: [
        'Notre assistant répond aux questions et peut suggérer des modifications de votre panier. Il ne modifie jamais votre panier et ne passe jamais de commande sans votre confirmation. Il peut se tromper : ce sont les prix, le stock et les conditions figurant sur ces pages qui font foi, et notre service client est là pour confirmer tout point important.',
      ],
    },
    {
      id: 'use',
      heading: 'Bon usage de la boutique',
      blocks: [
        {
          list: [
            'N’essayez pas de mettre hors service ou de surcharger la boutique, ni d’en contourner la sécurité.',
            'N’utilisez pas la boutique ou le chat pour harceler notre équipe ou qui que ce soit d’autre.',
            'N’achetez pas en grande quantité pour revendre : nous pouvons limiter les quantités par client afin que chacun puisse obtenir un téléphone.',
          ],
        },
        'Nous pouvons suspendre les comptes qui enfreignent ces règles, en vous indiquant pourquoi.',
      ],
    },
    {
      id: 'content',
      heading: 'Nos contenus et les vôtres',
      blocks: [
        'Le nom, le logo et les créations VisionX nous appartiennent. Nos guides de réparation sont publiés sous licence Creative Commons Attribution : vous pouvez les partager et les adapter librement, en citant la source.',
        'Les messages que vous nous envoyez restent les vôtres. Vous nous autorisez à les utiliser pour vous répondre et pour améliorer notre service client.',
      ],
    },
    {
      id: 'liability',
      heading: 'Responsabilité',
      blocks: [
        'Nous sommes responsables des dommages qui résultent de manière prévisible d’un manquement de notre part aux présentes conditions ou de notre négligence. Nous ne sommes pas responsables des dommages qui n’étaient pas prévisibles, ni des pertes subies dans le cadre d’une activité professionnelle. Aucune disposition des présentes ne limite une responsabilité que la loi ne nous permet pas de limiter, notamment en cas de décès ou de dommage corporel causé par une négligence, ou en cas de fraude.',
      ],
    },
    {
      id: 'changes',
      heading: 'Modifications et contact',
      blocks: [
        'Nous pouvons mettre à jour les présentes conditions ; la version applicable à une commande est celle affichée au moment où vous l’avez passée. Vos questions sur ces conditions sont à adresser à hello@visionx.example.',
      ],
    },
  ],
};
