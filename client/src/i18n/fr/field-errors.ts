/**
 * Words for invalid fields: one per field code of shared/field-errors.ts, and per field where its
 * words differ. Part of the one table of error words (errors.ts).
 */
export const fieldErrors = {
  fieldErrors: {
    /** One per field code of shared/field-errors.ts, for any field without words of its own. */
    codes: {
      required: 'Veuillez remplir ce champ.',
      too_short: 'Saisissez au moins {minimum} caractères.',
      too_long: 'Saisissez au maximum {maximum} caractères.',
      too_small: 'Saisissez une valeur supérieure ou égale à {minimum}.',
      too_big: 'Saisissez une valeur inférieure ou égale à {maximum}.',
      too_few: 'Choisissez-en au moins {minimum}.',
      too_many: 'Choisissez-en au maximum {maximum}.',
      not_integer: 'Saisissez un nombre entier.',
      invalid_email: 'Saisissez une adresse e-mail valide.',
      invalid_format: 'Vérifiez le format de ce champ.',
      invalid_choice: 'Choisissez l’une des options proposées.',
      not_allowed: 'Ce champ n’est pas autorisé.',
      invalid: 'Cette valeur n’est pas valide.',
      bad_characters: 'Ce texte contient des caractères non autorisés.',
      html_not_allowed: 'Utilisez du texte brut, sans HTML.',
      one_line: 'Le texte doit tenir sur une seule ligne.',
      too_many_bytes: 'Saisissez au maximum {maximum} octets.',
      same_password: 'Le nouveau mot de passe doit être différent de l’actuel.',
      passwords_differ: 'Les deux mots de passe ne correspondent pas.',
      price_range: 'Le prix maximum ne peut pas être inférieur au prix minimum.',
      postal_code: 'Saisissez un code postal au format {example}.',
      region_letters: 'Saisissez le code de la région en deux lettres.',
      no_words: 'Saisissez un mot, un nom, une adresse e-mail ou un numéro de commande.',
      common_password: 'Ce mot de passe est trop courant. Choisissez-en un plus difficile à deviner.',
      email_taken: 'Un compte existe déjà avec cette adresse e-mail. Essayez de vous connecter.',
      wrong_password: 'Votre mot de passe est incorrect.',
      wrong_code: 'Ce code est incorrect. Vérifiez votre application d’authentification et réessayez.',
      code_used: 'Ce code a déjà été utilisé. Attendez le suivant dans votre application d’authentification.',
      totp_only: 'Saisissez le code à 6 chiffres de votre application d’authentification.',
      card_invalid: 'Le numéro de carte n’est pas valide.',
      card_expired: 'La carte a expiré.',
      cvc_invalid: 'Le cryptogramme n’est pas valide.',
      card_declined: 'La carte a été refusée.',
      insufficient_funds: 'Les fonds de la carte sont insuffisants.',
      out_of_stock: 'Cet article est en rupture de stock.',
      stock_limit: 'Plus que {stock} en stock.',
      not_of_product: 'Cet avis ne concerne pas ce produit.',
      unknown_variable: '« {variable} » n’est pas une variable connue des réponses types. Vérifiez son orthographe.',
      not_in_future: 'Choisissez une date et une heure à venir.',
      too_far_ahead: 'Choisissez une date dans les {maximum} prochains jours.',
    },
    /**
     * A field's own words for a code, by the field's path (list indexes left out). Where a code's
     * words depend on its `format` or `country`, they are split by it.
     */
    fields: {
      email: {
        required: 'Saisissez votre adresse e-mail.',
        too_long: 'L’adresse e-mail ne doit pas dépasser {maximum} caractères.',
      },
      name: {
        required: 'Saisissez votre nom.',
        too_long: 'Le nom ne doit pas dépasser {maximum} caractères.',
        bad_characters: 'Le nom contient des caractères non autorisés.',
      },
      password: {
        required: 'Saisissez votre mot de passe.',
        too_short: 'Le mot de passe doit comporter au moins {minimum} caractères.',
        too_long: 'Le mot de passe ne doit pas dépasser {maximum} caractères.',
        too_many_bytes: 'Le mot de passe ne doit pas dépasser {maximum} octets.',
      },
      currentPassword: {
        required: 'Saisissez votre mot de passe.',
        too_long: 'Le mot de passe est trop long.',
      },
      newPassword: {
        required: 'Saisissez un mot de passe.',
        too_short: 'Le mot de passe doit comporter au moins {minimum} caractères.',
        too_long: 'Le mot de passe ne doit pas dépasser {maximum} caractères.',
        too_many_bytes: 'Le mot de passe ne doit pas dépasser {maximum} octets.',
      },
      code: {
        required: 'Saisissez le code à 6 chiffres de votre application d’authentification, ou un code de secours.',
        too_long: 'Saisissez le code à 6 chiffres de votre application d’authentification, ou un code de secours.',
        invalid_format: {
          totp: 'Saisissez le code à 6 chiffres de votre application d’authentification.',
          one_time_code:
            'Saisissez le code à 6 chiffres de votre application d’authentification, ou un code de secours.',
        },
      },
      pendingToken: {
        required: 'Reconnectez-vous.',
        invalid_format: 'Reconnectez-vous.',
      },
      variantId: { required: 'Choisissez une option du produit.' },
      quantity: {
        required: 'Saisissez une quantité.',
        not_integer: 'La quantité doit être un nombre entier.',
        too_small: 'La quantité doit être d’au moins {minimum}.',
        too_big: 'Vous pouvez ajouter jusqu’à {maximum} exemplaires de chaque article.',
      },
      slug: { invalid_format: 'Cette adresse ne correspond à aucun produit.' },
      q: {
        required: 'Saisissez un terme à rechercher.',
        too_long: 'La recherche ne doit pas dépasser {maximum} caractères.',
      },
      minPrice: {
        not_integer: 'Les prix s’expriment en cents entiers.',
        too_small: 'Les prix ne peuvent pas être négatifs.',
      },
      maxPrice: {
        not_integer: 'Les prix s’expriment en cents entiers.',
        too_small: 'Les prix ne peuvent pas être négatifs.',
      },
      sort: { invalid_choice: 'Ordre de tri inconnu.' },
      page: { too_small: 'Les pages commencent à {minimum}.' },
      ignore: { invalid_choice: 'Type de filtre de recherche inconnu.' },
      chatId: { required: 'Choisissez une conversation.' },
      text: {
        required: 'Saisissez un message.',
        too_long: 'Un message ne doit pas dépasser {maximum} caractères.',
        bad_characters: 'Le message contient des caractères non autorisés.',
      },
      clientId: {
        required: 'Il manque l’identifiant client du message.',
        invalid_format: 'Il manque l’identifiant client du message.',
      },
      department: { invalid_choice: 'Choisissez Service commercial, Assistance technique ou Service client.' },
      phone: {
        required: 'Saisissez un numéro de téléphone.',
        invalid_format: 'Saisissez un numéro de téléphone avec son indicatif.',
      },
      address: {
        name: {
          required: 'Saisissez le nom du destinataire.',
          too_long: 'Le nom du destinataire ne doit pas dépasser {maximum} caractères.',
        },
        line1: {
          required: 'Saisissez l’adresse.',
          too_long: 'L’adresse ne doit pas dépasser {maximum} caractères.',
        },
        line2: { too_long: 'Le complément d’adresse ne doit pas dépasser {maximum} caractères.' },
        city: {
          required: 'Saisissez la ville.',
          too_long: 'La ville ne doit pas dépasser {maximum} caractères.',
        },
        region: {
          region_letters: {
            US: 'Saisissez l’État en deux lettres.',
            CA: 'Saisissez la province en deux lettres.',
          },
        },
        postalCode: {
          required: 'Saisissez un code postal.',
          too_long: 'Le code postal ne doit pas dépasser {maximum} caractères.',
        },
        country: {
          invalid_choice: 'Nous livrons aux États-Unis, au Canada, au Royaume-Uni, en Allemagne et en France.',
        },
      },
      shippingMethod: { invalid_choice: 'Choisissez un mode de livraison.' },
      card: {
        number: {
          required: 'Saisissez le numéro de carte.',
          invalid_format: 'Saisissez le numéro tel qu’il figure sur la carte.',
        },
        expiry: {
          required: 'Saisissez la date d’expiration.',
          invalid_format: 'Saisissez la date d’expiration au format MM/AA.',
        },
        cvc: {
          required: 'Saisissez le cryptogramme.',
          invalid_format: 'Saisissez les 3 ou 4 chiffres figurant sur la carte.',
        },
        name: {
          required: 'Saisissez le nom figurant sur la carte.',
          too_long: 'Le nom figurant sur la carte ne doit pas dépasser {maximum} caractères.',
        },
      },
      idempotencyKey: {
        required: 'Identifiant de la tentative de paiement manquant.',
        invalid_format: 'Identifiant de la tentative de paiement manquant.',
      },
      topic: { invalid_choice: 'Choisissez un sujet.' },
      message: {
        required: 'Rédigez un message.',
        too_short: 'Rédigez au moins {minimum} caractères.',
        too_long: 'Rédigez au maximum {maximum} caractères.',
      },
      number: { invalid_format: 'Ce n’est pas un numéro de commande VisionX.' },
      note: { too_long: 'La note ne doit pas dépasser {maximum} caractères.' },
      resolution: {
        required: 'Indiquez comment le problème a été résolu.',
        too_long: 'La note ne doit pas dépasser {maximum} caractères.',
      },
      productId: { required: 'Choisissez un produit.' },
      rating: {
        required: 'Choisissez une note de 1 à 5 étoiles.',
        not_integer: 'Choisissez un nombre entier d’étoiles.',
        too_small: 'Choisissez une note de 1 à 5 étoiles.',
        too_big: 'Choisissez une note de 1 à 5 étoiles.',
      },
      title: {
        required: 'Le titre doit être du texte.',
        too_long: 'Le titre ne doit pas dépasser {maximum} caractères.',
        bad_characters: 'Le titre contient des caractères non autorisés.',
        html_not_allowed: 'Le titre doit être en texte brut, sans HTML.',
        one_line: 'Le titre doit tenir sur une seule ligne.',
      },
      body: {
        required: 'Rédigez votre avis.',
        too_short: 'Rédigez au moins {minimum} caractères.',
        too_long: 'Votre avis ne doit pas dépasser {maximum} caractères.',
        bad_characters: 'Votre avis contient des caractères non autorisés.',
        html_not_allowed: 'Votre avis doit être en texte brut, sans HTML.',
      },
    },
  },
};
