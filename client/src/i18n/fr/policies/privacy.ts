import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Confidentialité',
  updated: '2025-01-15',
  summary:
    'Nous collectons ce dont nous avons besoin pour vous vendre un téléphone, vous le livrer et vous accompagner. Nous ne vendons pas vos données, n’utilisons aucun traceur publicitaire, et vous pouvez exporter ou supprimer vos données à tout moment depuis la page Mon compte.',
  sections: [
    {
      id: 'who',
      heading: 'Responsable du traitement',
      blocks: [
        'VisionX est responsable du traitement des données personnelles décrites ici. Vos questions relatives à la confidentialité sont à adresser à privacy@visionx.example ; nous y répondons dans un délai de 30 jours, généralement bien plus tôt.',
      ],
    },
    {
      id: 'what',
      heading: 'Les données que nous conservons',
      blocks: [
        {
          list: [
            'Compte : votre adresse e-mail, votre nom, votre date d’inscription et votre mot de passe. Nous ne conservons le mot de passe que sous forme de hachage bcrypt ; personne chez VisionX ne peut le lire.',
            'Sessions : un identifiant de session aléatoire, le moment où la session a commencé, sa dernière utilisation, son expiration et si elle a été fermée. Nous conservons ces informations pour maintenir votre connexion et pour fermer une session partout lorsque vous vous déconnectez ou changez de mot de passe.',
            'Panier et commandes : les articles, les prix, l’adresse de livraison, le statut de livraison et l’historique de chaque commande. Pour les paiements, nous ne conservons que le type de carte et ses quatre derniers chiffres ; le numéro complet de la carte et le cryptogramme ne sont jamais enregistrés.',
            'Conversations : les messages que vous échangez avec notre assistant d’achat et notre service client, y compris le nom du membre de l’équipe qui a répondu.',
            'Messages de contact : ce que vous envoyez via la page Contact, avec le nom et l’adresse e-mail que vous indiquez.',
          ],
        },
        'Nous ne collectons ni votre localisation, ni vos contacts, ni de données provenant d’autres sites web.',
      ],
    },
    {
      id: 'cookies',
      heading: 'Cookies',
      blocks: [
        'Nous utilisons un seul cookie, strictement nécessaire. Il contient une référence chiffrée à votre session, afin que la boutique puisse conserver votre panier et savoir si vous êtes connecté. Les visiteurs non connectés reçoivent eux aussi une session invitée, afin que leur panier soit conservé lorsque la page est rechargée.',
        'Nous n’utilisons aucun cookie publicitaire, aucun outil d’analyse tiers et aucun traceur de réseau social : vous n’avez donc aucun bandeau de cookies à valider.',
      ],
    },
    {
      id: 'why',
      heading: 'Pourquoi nous utilisons vos données',
      blocks: [
        {
          list: [
            'Pour vendre et livrer ce que vous commandez, et pour traiter les retours et les demandes de garantie (nécessaire à l’exécution de notre contrat avec vous).',
            'Pour sécuriser votre compte, détecter la fraude et limiter les abus, comme les tentatives de connexion répétées (notre intérêt légitime à disposer d’une boutique sûre).',
            'Pour conserver les données de commande et les factures aussi longtemps que la loi fiscale l’exige (obligation légale).',
            'Pour répondre à vos questions par chat et par e-mail (nécessaire à l’exécution de notre contrat, ou notre intérêt légitime si vous n’êtes pas encore client).',
          ],
        },
      ],
    },
    {
      id: 'assistant',
      heading: 'L’assistant d’achat',
      blocks: [
        'Par défaut, notre assistant d’achat fonctionne sur nos propres serveurs. Lorsque nous faisons appel à un fournisseur externe de modèle de langage pour répondre, nous ne lui transmettons que la conversation et les informations produit nécessaires à la réponse, dans le cadre d’un contrat de sous-traitance qui lui interdit de les utiliser pour entraîner ses modèles.',
        'Un membre de notre service client peut lire une conversation et prendre la main, afin qu’une personne puisse vous aider lorsque l’assistant n’y parvient pas.',
      ],
    },
    {
      id: 'sharing',
      heading: 'Avec qui nous partageons vos données',
      blocks: [
        'Nous ne partageons vos données qu’avec les entreprises qui nous aident à faire fonctionner la boutique : notre prestataire de paiement (pour encaisser le paiement), nos transporteurs (votre nom, votre adresse et votre numéro de téléphone, pour la livraison) et notre hébergeur. Chacun ne peut utiliser ces données que pour notre compte. Nous ne vendons ni ne louons jamais de données personnelles.',
      ],
    },
    {
      id: 'retention',
      heading: 'Durée de conservation',
      blocks: [
        {
          list: [
            'Les sessions des utilisateurs connectés expirent après 7 jours d’inactivité, et au plus tard après 30 jours. Les données de session sont supprimées 30 jours après la fin de la session.',
            'Les paniers et conversations des invités sont supprimés 30 jours après la fin de la session invitée.',
            'Les conversations et messages de contact sont conservés 12 mois, puis supprimés.',
            'Votre compte est conservé jusqu’à ce que vous le supprimiez.',
            'Les données de commande sont conservées 7 ans, comme l’exige la loi fiscale. Lorsque vous supprimez votre compte, nous en retirons votre nom et votre adresse e-mail.',
          ],
        },
      ],
    },
    {
      id: 'rights',
      heading: 'Vos droits : exporter et supprimer',
      blocks: [
        'Vous pouvez consulter, exporter et supprimer vos données vous-même, sans avoir à nous le demander :',
        {
          list: [
            'Exporter : sur la page Mon compte, « Exporter mes données » télécharge toutes les données que nous conservons à votre sujet (compte, sessions, commandes et conversations) dans un fichier JSON.',
            'Supprimer : sur la page Mon compte, « Supprimer le compte » efface immédiatement votre compte, vos sessions, votre panier et vos conversations, et vous déconnecte de tous vos appareils.',
            'Rectifier : écrivez-nous et nous corrigerons toute information inexacte.',
          ],
        },
        'Vous avez également le droit de vous opposer aux traitements fondés sur notre intérêt légitime, et d’introduire une réclamation auprès de votre autorité de protection des données. Nous aimerions toutefois avoir l’occasion de régler le problème au préalable.',
      ],
    },
    {
      id: 'security',
      heading: 'Sécurité',
      blocks: [
        'Toutes les communications sont chiffrées par TLS. Les mots de passe sont hachés, les sessions peuvent être fermées depuis n’importe où, et changer de mot de passe déconnecte tous vos autres appareils. Notre équipe n’accède aux données des clients que lorsqu’elle en a besoin pour vous aider.',
      ],
    },
    {
      id: 'children',
      heading: 'Enfants',
      blocks: [
        'La boutique ne s’adresse pas aux enfants de moins de 16 ans, et nous ne collectons pas sciemment leurs données. Si vous pensez qu’un enfant a créé un compte, contactez-nous et nous le supprimerons.',
      ],
    },
    {
      id: 'changes',
      heading: 'Modifications de cette politique',
      blocks: [
        'Lorsque nous modifions cette politique, nous mettons à jour la date indiquée en haut de la page. Si une modification change la manière dont nous utilisons des données que vous nous avez déjà fournies, nous vous prévenons par e-mail avant son entrée en vigueur.',
      ],
    },
  ],
};
