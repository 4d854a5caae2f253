import { discountReasons } from './discounts.js';

/**
 * The one table of error words. The server and the shared schemas send codes only (shared/result.ts,
 * shared/field-errors.ts); these are the words for each refusal, its reason and a failed answer;
 * the words for invalid fields are in field-errors.ts. error-words.test.ts fails when a code has none.
 */
export const errors = {
  errors: {
    /** One per code of shared/result.ts, and the client's own `timeout` and `disconnected`. */
    bad_request: 'Die Anfrage war ungültig.',
    unauthorized: 'Bitte melden Sie sich erneut an.',
    forbidden: 'Dazu sind Sie nicht berechtigt.',
    not_found: 'Das konnten wir nicht finden.',
    conflict: 'Die Daten haben sich inzwischen geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
    rate_limited: 'Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    internal: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
    timeout: 'Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.',
    disconnected: 'VisionX ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    /** A rate_limited answer that says how long to wait (`retryAfterMs`) says only that. */
    rate_limited_wait: {
      one: 'Zu viele Versuche. Bitte versuchen Sie es in {count} Sekunde erneut.',
      other: 'Zu viele Versuche. Bitte versuchen Sie es in {count} Sekunden erneut.',
    },
    rate_limited_wait_minutes: {
      one: 'Zu viele Versuche. Bitte versuchen Sie es in {count} Minute erneut.',
      other: 'Zu viele Versuche. Bitte versuchen Sie es in {count} Minuten erneut.',
    },
    /** One per reason of shared/result.ts, with the error's `params`. */
    reasons: {
      cross_site: 'Websiteübergreifende Anfragen sind nicht erlaubt.',
      not_json: 'Senden Sie die Anfrage als JSON.',
      invalid_json: 'Der Inhalt der Anfrage ist kein gültiges JSON.',
      too_large: 'Die Anfrage ist zu groß.',
      one_payload: 'Senden Sie genau ein Payload-Objekt.',
      no_such_request: 'Diese Anfrage gibt es nicht.',
      no_such_api_call: 'Diesen API-Aufruf gibt es nicht.',
      no_such_auth_call: 'Diesen Anmeldeaufruf gibt es nicht.',
      no_such_file: 'Diese Datei gibt es nicht.',
      too_many_requests: 'Zu viele Anfragen. Bitte warten Sie einen Moment.',
      network_busy: 'Zu viele Anfragen aus Ihrem Netzwerk. Bitte warten Sie einen Moment.',
      sign_in_first: 'Bitte melden Sie sich zuerst an.',
      session_ended: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
      no_live_session: 'Ihre Sitzung ist abgelaufen. Bitte laden Sie die Seite neu.',
      too_many_tabs:
        'In diesem Browser sind bereits {max} VisionX-Tabs verbunden. Schließen Sie einen davon, dann verbinden wir uns neu.',
      too_many_connections: 'Zu viele Verbindungen aus Ihrem Netzwerk. Bitte versuchen Sie es in einer Minute erneut.',
      staff_only: 'Nur für das VisionX-Team.',
      wrong_credentials: 'E-Mail-Adresse oder Passwort ist falsch.',
      wrong_password: 'Ihr Passwort ist falsch.',
      too_many_attempts: 'Zu viele Fehlversuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
      password_changed_meanwhile: 'Ihr Passwort wurde inzwischen geändert. Bitte melden Sie sich erneut an.',
      email_taken: 'Es gibt bereits ein Konto mit dieser E-Mail-Adresse.',
      sign_in_expired: 'Diese Anmeldung ist abgelaufen. Bitte geben Sie Ihr Passwort erneut ein.',
      too_many_wrong_codes: 'Zu viele falsche Codes. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
      two_factor_already_on: 'Die Zwei-Schritt-Anmeldung ist bereits aktiviert.',
      two_factor_already_off: 'Die Zwei-Schritt-Anmeldung ist bereits deaktiviert.',
      two_factor_setup_restart:
        'Bitte beginnen Sie die Einrichtung von vorn: Es wartet keine Authenticator-App auf Bestätigung.',
      two_factor_staff_required: 'Mitarbeiterkonten müssen die Zwei-Schritt-Anmeldung behalten.',
      token_invalid:
        'Dieser Link ist ungültig. Prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.',
      token_expired: 'Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.',
      token_used: 'Dieser Link wurde bereits verwendet oder durch einen neueren ersetzt.',
      email_changed: 'Dieser Link wurde an eine E-Mail-Adresse gesendet, die das Konto nicht mehr verwendet.',
      email_already_verified: 'Ihre E-Mail-Adresse ist bereits bestätigt.',
      product_not_found: 'Dieses Produkt konnten wir nicht finden.',
      watch_limit: 'Sie können höchstens {max} Produkte gleichzeitig beobachten.',
      option_not_found: 'Diese Produktvariante gibt es nicht.',
      not_in_cart: 'Dieser Artikel ist nicht in Ihrem Warenkorb.',
      quantity_limit: 'Sie können von jedem Artikel höchstens {max} Stück bestellen.',
      out_of_stock: 'Dieser Artikel ist ausverkauft.',
      stock_limit: 'Nur noch {stock} auf Lager.',
      cart_empty: 'Ihr Warenkorb ist leer.',
      cart_changed: 'Ihr Warenkorb hat sich geändert. Bitte prüfen Sie ihn und senden Sie die Bestellung erneut ab.',
      stock_short: 'Von {name} ({colour}) sind nur noch {stock} verfügbar.',
      cart_changed_during_payment:
        'Ihr Warenkorb hat sich während der Zahlung geändert. Ihnen wurde nichts berechnet; bitte prüfen Sie ihn und versuchen Sie es erneut.',
      sold_out_during_payment:
        'Leider war {name} ({colour}) ausverkauft, bevor Sie Ihre Bestellung abschließen konnten. Ihnen wurde nichts berechnet.',
      attempt_reused:
        'Dieser Bestellvorgang wurde bereits für eine andere Bestellung verwendet. Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
      attempt_ended:
        'Dieser Bestellvorgang wurde ohne Bestellung beendet, und Ihnen wurde nichts berechnet. Bitte prüfen Sie Ihren Warenkorb und senden Sie die Bestellung erneut ab.',
      card_declined: 'Die Karte wurde abgelehnt. Ihnen wurde nichts berechnet; Ihr Warenkorb bleibt erhalten.',
      insufficient_funds:
        'Die Karte hat keine ausreichende Deckung. Ihnen wurde nichts berechnet; Ihr Warenkorb bleibt erhalten.',
      cards_refused_too_often: 'Zu viele Karten wurden abgelehnt. Bitte warten Sie, bevor Sie es erneut versuchen.',
      order_not_found: 'Diese Bestellung konnten wir nicht finden.',
      order_not_cancellable: 'Eine Bestellung mit dem Status „{status}“ kann nicht storniert werden.',
      order_not_movable: 'Eine Bestellung mit dem Status „{status}“ kann nicht als „{to}“ markiert werden.',
      orders_in_transit:
        'Ihre Bestellung {numbers} ist noch unterwegs. Sie können Ihr Konto löschen, sobald sie angekommen ist oder storniert wurde.',
      address_not_found: 'Diese Adresse ist nicht mehr in Ihrem Adressbuch.',
      address_book_full: 'Ihr Adressbuch ist voll ({maximum} Adressen). Löschen Sie eine, um eine neue hinzuzufügen.',
      review_sign_in: 'Melden Sie sich an, um dieses Produkt zu bewerten. Nur wer es erhalten hat, kann es bewerten.',
      review_not_purchased: 'Nur wer dieses Produkt erhalten hat, kann es bewerten.',
      review_not_delivered: 'Sie können dieses Produkt bewerten, sobald Ihre Bestellung zugestellt wurde.',
      review_already_written: 'Sie haben dieses Produkt bereits bewertet.',
      review_not_of_product: 'Diese Bewertung gehört nicht zu diesem Produkt.',
      review_not_found: 'Diese Bewertung konnten wir nicht finden.',
      contact_quota: 'Sie haben bereits mehrere Nachrichten gesendet. Bitte warten Sie, bevor Sie eine weitere senden.',
      conversation_not_found: 'Diese Unterhaltung konnten wir nicht finden.',
      no_earlier_conversation: 'Es gibt keine frühere Unterhaltung, die fortgesetzt werden kann.',
      sending_too_fast: 'Sie senden Nachrichten sehr schnell. Bitte warten Sie einen Moment.',
      assistant_busy: 'Der Assistent ist gerade ausgelastet. Bitte versuchen Sie es in ein paar Sekunden erneut.',
      assistant_day_limit:
        'Der Assistent hat sein Tageslimit erreicht. Bitten Sie darum, mit einem Menschen zu sprechen, oder kommen Sie morgen wieder.',
      still_answering: 'Der Assistent antwortet noch. Warten Sie, bis er fertig ist, oder klicken Sie auf „Stoppen“.',
      staff_answering: 'Jemand aus dem VisionX-Team beantwortet diese Unterhaltung.',
      nothing_to_retry: 'Es gibt keine Antwort, die wiederholt werden kann.',
      suggestion_not_found: 'Diesen Vorschlag konnten wir nicht finden.',
      suggestion_accepted: 'Dieser Vorschlag wurde bereits angenommen.',
      suggestion_declined: 'Dieser Vorschlag wurde bereits abgelehnt.',
      suggestion_failed: 'Dieser Vorschlag ist bereits fehlgeschlagen.',
      taken_by: '{name} betreut diese Unterhaltung.',
      taken_by_someone: 'Jemand betreut diese Unterhaltung.',
      taken_by_someone_else: 'Jemand anderes betreut diese Unterhaltung.',
      take_over_first: 'Übernehmen Sie zuerst die Unterhaltung.',
      conversation_closed: 'Diese Unterhaltung ist beendet.',
      conversation_already_closed: 'Diese Unterhaltung ist bereits beendet.',
      assignment_changed: 'Die Zuweisung wurde inzwischen geändert: Jetzt ist {name} zuständig.',
      assignment_changed_to_nobody: 'Die Zuweisung wurde inzwischen geändert: Jetzt ist niemand zuständig.',
      staff_member_not_found: 'Dieses Teammitglied wurde nicht gefunden.',
      hand_back_first:
        'Jemand spricht gerade mit dem Kunden: Geben Sie die Unterhaltung stattdessen an den Assistenten zurück oder übertragen Sie sie.',
      colleague_offline:
        '{name} ist nicht online: Der Kunde würde auf jemanden warten, der nicht da ist. Weisen Sie die Unterhaltung einem Teammitglied zu, das online ist, oder geben Sie sie an den Assistenten zurück.',
      transcript_quota: 'Sie haben bereits mehrere Verläufe angefordert. Bitte versuchen Sie es später erneut.',
      transcript_empty: 'Diese Unterhaltung enthält noch keine Nachrichten, die gesendet werden können.',
      transcript_goes_to_account: 'Der Verlauf wird an die E-Mail-Adresse Ihres Kontos gesendet.',
      // The assistant's cart tool says why it refused (server/assistant); staff see its words.
      proposal_refused: '{detail}',
      saved_reply_title_taken: 'Es gibt bereits einen Textbaustein mit diesem Titel. Wählen Sie einen anderen Titel.',
      saved_reply_not_found: 'Diesen Textbaustein gibt es nicht mehr. Vielleicht wurde er gelöscht.',
      saved_replies_full:
        'Das Team hat {maximum} Textbausteine, mehr sind nicht möglich. Löschen Sie einen, um einen neuen hinzuzufügen.',
      order_not_in_view:
        'Öffnen Sie eine Unterhaltung dieses Kunden oder suchen Sie die Bestellung, bevor Sie ihren Status ändern.',
      rating_not_found: 'Diese Bewertungskarte konnten wir nicht finden.',
      already_rated: 'Sie haben diese Unterhaltung bereits bewertet. Vielen Dank!',
      ...discountReasons,
    },
    /** Why an answer of the assistant failed (shared/chat.ts CHAT_ERROR_CODES). */
    answer: {
      upstream: 'Der Assistenzdienst antwortet gerade nicht. Bitte versuchen Sie es erneut.',
      timeout: 'Der Assistent hat zu lange für die Antwort gebraucht. Bitte versuchen Sie es erneut.',
      interrupted: 'Diese Antwort wurde durch einen Neustart unterbrochen. Bitte versuchen Sie es erneut.',
      internal: 'Beim Antworten ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
    },
  },
};
