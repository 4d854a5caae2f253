/** The VisionX story. */
export const about = {
  title: 'À propos',
  heading: 'À propos de VisionX',
  lead: 'Nous fabriquons des téléphones pour ceux qui préfèrent les garder.',
  sections: {
    origin: {
      heading: 'Pourquoi nous nous sommes lancés',
      body: 'VisionX est né sur un établi de réparation. Nos fondateurs ont passé des années à décoller la vitre de téléphones vieux d’à peine deux ans, déjà considérés comme bons à jeter. Le problème n’a jamais été leurs utilisateurs, mais des téléphones conçus pour être remplacés. Nous avons donc voulu en concevoir un fait pour durer.',
    },
    design: {
      heading: 'Comment est conçu un VisionX',
      body: 'Chaque VisionX se compose d’un châssis et d’un ensemble de modules : écran, batterie, appareil photo principal, caméra avant, haut-parleur et port USB-C. Chacun est maintenu par des vis standard et un seul connecteur : un petit tournevis cruciforme (fourni avec les Vision X Pro Max Ultra, Halo Vision Pro Ultra et Vision X Terra) est le seul outil nécessaire. Quand une pièce s’use, vous ne remplacez que celle-ci. Quand un meilleur appareil photo sort, vous l’installez sur le téléphone que vous avez déjà.',
    },
    materials: {
      heading: 'Ses matériaux',
      body: 'Le châssis est en aluminium 100 % recyclé. Nos emballages sont exclusivement en papier et en carton. Nous publions l’origine de l’étain, du tantale, du tungstène et de l’or de chaque téléphone, et nous versons à nos partenaires d’assemblage, en plus de leurs contrats, une prime garantissant un salaire décent.',
    },
    promise: {
      heading: 'Notre engagement',
      body: 'Nous gardons des modules de rechange en stock pendant au moins sept ans après le lancement d’un modèle, publions des guides de réparation pour chaque pièce et reprenons tout module VisionX, quel que soit son état, pour le réutiliser ou le recycler. Un téléphone, ça se garde.',
    },
  },
  cta: 'Voir les téléphones',
};
