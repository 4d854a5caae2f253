import { discountReasons } from './discounts.js';

/**
 * The one table of error words. The server and the shared schemas send codes only (shared/result.ts,
 * shared/field-errors.ts); these are the words for each refusal, its reason and a failed answer;
 * the words for invalid fields are in field-errors.ts. error-words.test.ts fails when a code has none.
 */
export const errors = {
  errors: {
    /** One per code of shared/result.ts, and the client's own `timeout` and `disconnected`. */
    bad_request: 'La requête n’est pas valide.',
    unauthorized: 'Veuillez vous reconnecter.',
    forbidden: 'Vous n’êtes pas autorisé à effectuer cette action.',
    not_found: 'Élément introuvable.',
    conflict: 'Cette action entre en conflit avec l’état actuel. Veuillez actualiser la page et réessayer.',
    rate_limited: 'Trop de tentatives. Veuillez patienter un instant et réessayer.',
    internal: 'Un problème est survenu de notre côté. Veuillez réessayer.',
    timeout: 'Le serveur n’a pas répondu à temps. Veuillez réessayer.',
    disconnected: 'Impossible de joindre VisionX. Vérifiez votre connexion et réessayez.',
    /** A rate_limited answer that says how long to wait (`retryAfterMs`) says only that. */
    rate_limited_wait: {
      one: 'Trop de tentatives. Veuillez réessayer dans {count} seconde.',
      other: 'Trop de tentatives. Veuillez réessayer dans {count} secondes.',
    },
    rate_limited_wait_minutes: {
      one: 'Trop de tentatives. Veuillez réessayer dans {count} minute.',
      other: 'Trop de tentatives. Veuillez réessayer dans {count} minutes.',
    },
    /** One per reason of shared/result.ts, with the error's `params`. */
    reasons: {
      cross_site: 'Les requêtes intersites ne sont pas autorisées.',
      not_json: 'Envoyez la requête au format JSON.',
      invalid_json: 'Le corps de la requête n’est pas un JSON valide.',
      too_large: 'La requête est trop volumineuse.',
      one_payload: 'Envoyez un seul objet de données.',
      no_such_request: 'Requête inconnue.',
      no_such_api_call: 'Appel d’API inconnu.',
      no_such_auth_call: 'Appel d’authentification inconnu.',
      no_such_file: 'Fichier introuvable.',
      too_many_requests: 'Trop de requêtes. Veuillez patienter un instant.',
      network_busy: 'Trop de requêtes depuis votre réseau. Veuillez patienter un instant.',
      sign_in_first: 'Veuillez d’abord vous connecter.',
      session_ended: 'Votre session a expiré. Veuillez vous reconnecter.',
      no_live_session: 'Votre session a expiré. Veuillez recharger la page.',
      too_many_tabs:
        'Ce navigateur a déjà {max} onglets VisionX connectés. Fermez-en un et la connexion sera rétablie.',
      too_many_connections: 'Trop de connexions depuis votre réseau. Veuillez réessayer dans une minute.',
      staff_only: 'Réservé à l’équipe VisionX.',
      wrong_credentials: 'E-mail ou mot de passe incorrect.',
      wrong_password: 'Votre mot de passe est incorrect.',
      too_many_attempts: 'Trop de tentatives infructueuses. Veuillez patienter un instant et réessayer.',
      password_changed_meanwhile: 'Votre mot de passe a été modifié entre-temps. Veuillez vous reconnecter.',
      email_taken: 'Un compte existe déjà avec cette adresse e-mail.',
      sign_in_expired: 'Cette connexion a expiré. Veuillez saisir à nouveau votre mot de passe.',
      too_many_wrong_codes: 'Trop de codes erronés. Veuillez patienter un instant et réessayer.',
      two_factor_already_on: 'La connexion en deux étapes est déjà activée.',
      two_factor_already_off: 'La connexion en deux étapes est déjà désactivée.',
      two_factor_setup_restart:
        'Recommencez la configuration : aucune application d’authentification n’est en attente de confirmation.',
      two_factor_staff_required: 'Les comptes de l’équipe doivent garder la connexion en deux étapes.',
      token_invalid: 'Ce lien n’est pas valide. Vérifiez que vous avez ouvert le lien complet de l’e-mail.',
      token_expired: 'Ce lien a expiré. Demandez-en un nouveau.',
      token_used: 'Ce lien a déjà été utilisé, ou un lien plus récent l’a remplacé.',
      email_changed: 'Ce lien a été envoyé à une adresse e-mail que le compte n’utilise plus.',
      email_already_verified: 'Votre adresse e-mail est déjà vérifiée.',
      product_not_found: 'Ce produit est introuvable.',
      watch_limit: 'Vous pouvez suivre au maximum {max} produits à la fois.',
      option_not_found: 'Cette option du produit n’existe pas.',
      not_in_cart: 'Cet article n’est pas dans votre panier.',
      quantity_limit: 'Vous pouvez commander jusqu’à {max} exemplaires de chaque article.',
      out_of_stock: 'Cet article est en rupture de stock.',
      stock_limit: 'Plus que {stock} en stock.',
      cart_empty: 'Votre panier est vide.',
      cart_changed: 'Votre panier a changé. Veuillez le vérifier et passer à nouveau la commande.',
      stock_short: 'Plus que {stock} en stock pour {name} ({colour}).',
      cart_changed_during_payment:
        'Votre panier a changé pendant le paiement. Vous n’avez pas été débité ; veuillez le vérifier et réessayer.',
      sold_out_during_payment:
        'Désolé, le stock de {name} ({colour}) s’est épuisé pendant que vous finalisiez votre commande. Vous n’avez pas été débité.',
      attempt_reused:
        'Cette tentative de paiement a déjà servi pour une autre commande. Veuillez recharger la page et réessayer.',
      attempt_ended:
        'Cette tentative de paiement s’est terminée sans commande et vous n’avez pas été débité. Veuillez vérifier votre panier et passer à nouveau la commande.',
      card_declined: 'La carte a été refusée. Vous n’avez pas été débité ; votre panier est conservé.',
      insufficient_funds:
        'Les fonds de la carte sont insuffisants. Vous n’avez pas été débité ; votre panier est conservé.',
      cards_refused_too_often: 'Trop de cartes ont été refusées. Veuillez patienter avant de réessayer.',
      order_not_found: 'Cette commande est introuvable.',
      order_not_cancellable: 'Une commande au statut « {status} » ne peut pas être annulée.',
      order_not_movable: 'Une commande au statut « {status} » ne peut pas passer au statut « {to} ».',
      orders_in_transit:
        'Votre commande {numbers} est encore en cours d’acheminement. Vous pourrez supprimer votre compte une fois qu’elle sera livrée ou annulée.',
      address_not_found: 'Cette adresse ne figure plus dans votre carnet d’adresses.',
      address_book_full:
        'Votre carnet d’adresses est plein ({maximum} adresses). Supprimez-en une pour en ajouter une autre.',
      review_sign_in:
        'Connectez-vous pour donner votre avis sur ce produit. Seuls les clients qui l’ont reçu peuvent donner leur avis.',
      review_not_purchased: 'Seuls les clients qui ont reçu ce produit peuvent donner leur avis.',
      review_not_delivered: 'Vous pourrez donner votre avis sur ce produit une fois votre commande livrée.',
      review_already_written: 'Vous avez déjà donné votre avis sur ce produit.',
      review_not_of_product: 'Cet avis ne concerne pas ce produit.',
      review_not_found: 'Cet avis est introuvable.',
      contact_quota: 'Vous avez déjà envoyé plusieurs messages. Veuillez patienter avant d’en envoyer un autre.',
      conversation_not_found: 'Cette conversation est introuvable.',
      no_earlier_conversation: 'Il n’y a aucune conversation précédente à reprendre.',
      sending_too_fast: 'Vous envoyez des messages très rapidement. Veuillez patienter un instant.',
      assistant_busy: 'L’assistant est occupé. Veuillez réessayer dans quelques secondes.',
      assistant_day_limit:
        'L’assistant a atteint sa limite pour aujourd’hui. Demandez à parler à un conseiller, ou revenez demain.',
      still_answering:
        'L’assistant est encore en train de répondre. Attendez qu’il ait terminé, ou appuyez sur « Arrêter ».',
      staff_answering: 'Un membre de l’équipe VisionX est en train de répondre dans cette conversation.',
      nothing_to_retry: 'Il n’y a aucune réponse à relancer.',
      suggestion_not_found: 'Cette proposition est introuvable.',
      suggestion_accepted: 'Cette proposition a déjà été acceptée.',
      suggestion_declined: 'Cette proposition a déjà été refusée.',
      suggestion_failed: 'Cette proposition a déjà échoué.',
      taken_by: '{name} a pris la main sur cette conversation.',
      taken_by_someone: 'Quelqu’un a pris la main sur cette conversation.',
      taken_by_someone_else: 'Quelqu’un d’autre a pris la main sur cette conversation.',
      take_over_first: 'Prenez d’abord la main sur la conversation.',
      conversation_closed: 'Cette conversation est terminée.',
      conversation_already_closed: 'Cette conversation est déjà terminée.',
      assignment_changed: 'Quelqu’un a modifié l’attribution entre-temps : elle est maintenant attribuée à {name}.',
      assignment_changed_to_nobody:
        'Quelqu’un a modifié l’attribution entre-temps : elle n’est maintenant attribuée à personne.',
      staff_member_not_found: 'Ce membre de l’équipe est introuvable.',
      hand_back_first:
        'Quelqu’un est en train d’échanger avec le client : rendez la main ou transférez plutôt la conversation.',
      colleague_offline:
        '{name} n’est pas en ligne : le client attendrait une personne absente. Attribuez la conversation à un collègue en ligne, ou rendez la main.',
      transcript_quota: 'Vous avez déjà demandé plusieurs envois de conversation. Réessayez plus tard.',
      transcript_empty: 'Cette conversation ne contient encore aucun message à envoyer.',
      transcript_goes_to_account: 'La conversation est envoyée à l’adresse e-mail de votre compte.',
      // The assistant's cart tool says why it refused (server/assistant); staff see its words.
      proposal_refused: '{detail}',
      saved_reply_title_taken: 'Une réponse type porte déjà ce titre. Choisissez-en un autre.',
      saved_reply_not_found: 'Cette réponse type n’existe plus. Quelqu’un l’a peut-être supprimée.',
      saved_replies_full:
        'L’équipe a {maximum} réponses types, le maximum possible. Supprimez-en une pour en ajouter une autre.',
      order_not_in_view:
        'Ouvrez une conversation de ce client, ou trouvez la commande par une recherche, avant de changer son statut.',
      rating_not_found: 'Cette demande de note est introuvable.',
      already_rated: 'Vous avez déjà noté cette conversation. Merci !',
      ...discountReasons,
    },
    /** Why an answer of the assistant failed (shared/chat.ts CHAT_ERROR_CODES). */
    answer: {
      upstream: 'Le service de l’assistant ne répond pas pour le moment. Veuillez réessayer.',
      timeout: 'L’assistant a mis trop de temps à répondre. Veuillez réessayer.',
      interrupted: 'Cette réponse a été interrompue par un redémarrage. Veuillez réessayer.',
      internal: 'Un problème est survenu pendant la réponse. Veuillez réessayer.',
    },
  },
};
