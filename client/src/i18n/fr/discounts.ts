/** Discount codes: the checkout's code field and the desk's discounts page. */

/** Words for the discount reasons of shared/result.ts (spread into errors.reasons). */
export const discountReasons = {
  discount_unknown: 'Le code {code} est inconnu. Vérifiez votre saisie.',
  discount_disabled: 'Le code {code} n’est plus valable.',
  discount_expired: 'Le code {code} a expiré.',
  discount_used_up: 'Le code {code} a atteint son nombre maximal d’utilisations.',
  discount_below_minimum: 'Votre commande n’atteint pas le montant minimum requis pour le code {code}.',
  discount_code_taken: 'Un code promo {code} existe déjà. Choisissez-en un autre.',
  discount_tries_too_often: 'Trop de codes ont été essayés. Veuillez patienter avant d’en essayer un autre.',
};

export const discounts = {
  discounts: {
    /** On the order page and the order list (the totals there are the discounted ones). */
    order: {
      line: 'Remise ({code})',
      listNote: 'Avec le code {code}',
    },
    field: {
      label: 'Code promo',
      apply: 'Appliquer',
      remove: 'Retirer',
      /** The summary's line: "Code SAVE10". */
      summary: 'Code {code}',
      applied: 'Code {code} appliqué : {amount} de remise.',
      removed: 'Code {code} retiré.',
      /** With the minimum formatted, where the field can say it. */
      belowMinimum: 'Le code {code} nécessite une commande d’au moins {minimum} avant remise.',
      rechecking: 'Nouvelle vérification du code pour votre panier mis à jour…',
    },
    desk: {
      title: 'Codes promo',
      heading: 'Codes promo',
      back: 'Retour à l’espace support',
      link: 'Codes promo',
      create: {
        heading: 'Nouveau code',
        code: 'Code',
        codeHint:
          '3 à 32 lettres, chiffres ou tirets ; les clients peuvent le saisir en majuscules comme en minuscules.',
        kind: 'Type',
        percent: 'Remise en pourcentage',
        amount: 'Remise d’un montant fixe',
        percentValue: 'Pourcentage (1 à 100)',
        amountValue: 'Montant en dollars US (USD)',
        minimum: 'Montant minimum de commande (facultatif)',
        minimumHint: 'En dollars US (USD) : le sous-total avant remise doit atteindre ce montant.',
        expiry: 'Dernier jour (facultatif)',
        expiryHint: 'Le code reste valable jusqu’à la fin de ce jour.',
        limit: 'Limite d’utilisation (facultatif)',
        limitHint: 'Nombre total de commandes pouvant l’utiliser.',
        submit: 'Créer le code',
        created: 'Code {code} créé.',
      },
      list: {
        heading: 'Codes',
        loading: 'Chargement des codes…',
        empty: 'Aucun code promo pour l’instant.',
        code: 'Code',
        gives: 'Remise',
        percentOff: '{value} % de remise',
        amountOff: '{amount} de remise',
        minimum: 'dès {amount}',
        used: 'Utilisations',
        usedOf: '{used} sur {limit}',
        usedNoLimit: '{used} (sans limite)',
        expires: 'Expiration',
        never: 'Jamais',
        status: 'Statut',
        active: 'Actif',
        expired: 'Expiré',
        usedUp: 'Épuisé',
        disabled: 'Désactivé',
        disable: 'Désactiver',
        disableLabel: 'Désactiver {code}',
        disabledDone: 'Code {code} désactivé.',
      },
    },
  },
};
