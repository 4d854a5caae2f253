import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Garantie',
  updated: '2025-01-15',
  summary:
    'Chaque téléphone et module VisionX bénéficie d’une garantie commerciale de 2 ans, que l’ouverture de votre téléphone n’annule jamais. Hors garantie, notre programme de réparation modulaire prolonge la vie de votre téléphone.',
  sections: [
    {
      id: 'coverage',
      heading: 'Ce que couvre la garantie',
      blocks: [
        'Pendant 2 ans à compter de sa livraison, nous réparons ou remplaçons tout téléphone ou module VisionX qui tombe en panne en raison d’un défaut de matériau ou de fabrication. Lorsque la loi de votre pays vous accorde une garantie plus longue ou plus protectrice, c’est celle-ci qui s’applique.',
        'Les batteries sont couvertes pendant ces mêmes 2 ans. Une batterie qui conserve moins de 80 % de sa capacité d’origine dans les 2 ans ou les 800 cycles de charge complets, selon la première échéance atteinte, est considérée comme défectueuse.',
        'Les modules achetés séparément bénéficient de leur propre garantie de 2 ans à compter de leur date de livraison. Une pièce de remplacement envoyée au titre de la garantie est couverte pour la durée restante de la garantie d’origine ou pendant 6 mois, la durée la plus longue étant retenue.',
      ],
    },
    {
      id: 'opening',
      heading: 'Vous pouvez ouvrir votre téléphone',
      blocks: [
        'Votre VisionX est conçu pour être ouvert. Retirer la coque arrière, changer des modules et installer des pièces de VisionX ou d’autres fabricants n’annule pas la garantie.',
        'La garantie ne couvre pas en revanche les dommages causés pendant une réparation, par exemple un connecteur tordu en forçant sur un module, ou une tête de vis abîmée. Dans ce cas, le programme de réparation décrit ci-dessous propose des pièces à prix fixe.',
      ],
    },
    {
      id: 'not-covered',
      heading: 'Ce qui n’est pas couvert',
      blocks: [
        {
          list: [
            'Les dommages accidentels, tels que les chutes, les vitres fissurées ou l’écrasement.',
            'Les dommages causés par un liquide au-delà de la résistance à l’eau annoncée du téléphone (son indice IP, indiqué dans ses caractéristiques techniques).',
            'L’usure normale : rayures, éraflures et perte progressive de capacité de la batterie tant qu’elle reste au-dessus du seuil indiqué plus haut.',
            'Les problèmes causés par des pièces d’autres fabricants (le reste du téléphone reste couvert).',
            'Les téléphones perdus ou volés.',
          ],
        },
      ],
    },
    {
      id: 'claim',
      heading: 'Comment faire jouer la garantie',
      blocks: [
        {
          steps: [
            'Contactez-nous en indiquant votre numéro de commande et une brève description du problème. Notre équipe identifie souvent le module défectueux en quelques messages.',
            'Si un seul module est en cause, nous vous envoyons d’abord un module de remplacement. Vous l’installez vous-même et nous renvoyez l’ancien avec l’étiquette prépayée dans les 14 jours.',
            'Si le téléphone entier doit être examiné, nous vous envoyons un carton d’envoi prépayé. Les réparations dans notre centre de réparation prennent 5 jours ouvrés à compter de la réception, plus le transport aller et retour.',
          ],
        },
        'Les réparations sous garantie, les modules de remplacement et le transport aller et retour sont gratuits.',
      ],
    },
    {
      id: 'repair-program',
      heading: 'Le programme de réparation modulaire',
      blocks: [
        'Après la garantie, ou pour les dommages qu’elle ne couvre pas, vous pouvez acheter n’importe quel module à prix fixe et le remplacer vous-même en quelques minutes, avec un guide vidéo gratuit pour chaque pièce.',
        {
          table: {
            caption: 'Exemples de prix des modules aux États-Unis, en dollars américains (USD).',
            head: ['Module', 'Prix', 'Temps de remplacement'],
            rows: [
              ['Batterie', '39 USD', 'environ 2 minutes'],
              ['Écran', '89 USD', 'environ 5 minutes'],
              ['Appareil photo principal', '69 USD', 'environ 3 minutes'],
              ['Port USB-C', '19 USD', 'environ 3 minutes'],
              ['Coque arrière', '25 USD', 'environ 1 minute'],
            ],
          },
        },
        'Vous préférez ne pas le faire vous-même ? Envoyez le téléphone à notre centre de réparation : nous installons le module pour un forfait de main-d’œuvre de 25 USD et vous le renvoyons sous 5 jours ouvrés.',
      ],
    },
    {
      id: 'parts',
      heading: 'Des pièces détachées pendant 7 ans',
      blocks: [
        'Nous gardons en stock chaque module de chaque modèle pendant au moins 7 ans après le lancement du modèle, et publions les guides de réparation correspondants. Renvoyez-nous n’importe quel ancien module, qu’il fonctionne ou non : nous vous offrons 15 % de remise sur votre prochain module et réutilisons ou recyclons la pièce.',
      ],
    },
  ],
};
