import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'AGB',
  updated: '2025-01-15',
  summary:
    'Diese Bedingungen gelten, wenn Sie den VisionX-Shop nutzen, ein Konto erstellen oder bei uns kaufen. Wir haben sie bewusst verständlich formuliert: Wenn etwas unklar ist, fragen Sie uns einfach.',
  sections: [
    {
      id: 'agreement',
      heading: 'Nutzung des Shops',
      blocks: [
        'Indem Sie visionx.example nutzen oder eine Bestellung aufgeben, stimmen Sie diesen Bedingungen und den Richtlinien zu, auf die sie verweisen: Versand & Rückgabe, Garantie und Datenschutz. Wenn Sie in einem Land leben, dessen Verbraucherrecht Ihnen einen weitergehenden Schutz gewährt, gilt dieses Recht, und nichts in diesen Bedingungen schränkt es ein.',
      ],
    },
    {
      id: 'account',
      heading: 'Ihr Konto',
      blocks: [
        'Um ein Konto zu erstellen und Bestellungen aufzugeben, müssen Sie mindestens 18 Jahre alt sein oder die Erlaubnis eines Elternteils oder Erziehungsberechtigten haben. Halten Sie Ihr Passwort geheim und wählen Sie eines, das Sie nirgendwo sonst verwenden. Wenn Sie vermuten, dass jemand anderes Ihr Konto benutzt hat, ändern Sie Ihr Passwort: Damit werden alle anderen Geräte sofort abgemeldet.',
        'Sie können Ihr Konto jederzeit auf der Kontoseite löschen.',
      ],
    },
    {
      id: 'orders',
      heading: 'Bestellungen und Preise',
      blocks: [
        'Preise werden in US-Dollar (USD) angezeigt und berechnet und enthalten, soweit anwendbar, Mehrwertsteuer, GST oder Sales Tax. Die Versandkosten werden angezeigt, bevor Sie bezahlen.',
        'Mit Ihrer Bestellung geben Sie ein Angebot zum Abschluss eines Kaufvertrags ab. Der Vertrag kommt zustande, wenn wir die Bestellung per E-Mail bestätigen. Stellt sich heraus, dass ein Artikel nicht vorrätig ist oder ein Preis offensichtlich falsch war, informieren wir Sie, bevor wir die Zahlung einziehen, oder erstatten Ihnen den vollen Betrag.',
        'Der im Shop angezeigte Bestand wird laufend aktualisiert. Ein Artikel ist erst dann für Sie reserviert, wenn Ihre Bestellung aufgegeben ist.',
      ],
    },
    {
      id: 'payment',
      heading: 'Zahlung',
      blocks: [
        'Wir akzeptieren ausschließlich gängige Kredit- und Debitkarten (Visa, Mastercard, American Express und Discover), also kein PayPal, keine Wallets, keine Überweisung, keine Zahlung per Nachnahme, keine Geschenkkarten, keine Kryptowährungen und keine Ratenzahlung. Ihre Karte wird belastet, wenn die Bestellung aufgegeben wird. Schlägt die Zahlung fehl, kommt keine Bestellung zustande, und es wird kein Artikel reserviert.',
      ],
    },
    {
      id: 'delivery',
      heading: 'Lieferung, Rückgabe und Garantie',
      blocks: [
        'Lieferzeiten und Versandkosten, Ihr 30-tägiges Rückgaberecht und unsere 2-jährige Garantie sind in den Richtlinien „Versand & Rückgabe“ und „Garantie“ beschrieben, die Bestandteil dieser Bedingungen sind. Die Gefahr des Verlusts geht mit der Zustellung des Pakets auf Sie über.',
      ],
    },
    {
      id: 'assistant',
      heading: 'Der Einkaufsassistent',
      blocks: [
        'Unser Assistent beantwortet Fragen und kann Änderungen an Ihrem Warenkorb vorschlagen. Er ändert Ihren Warenkorb nie und gibt nie eine Bestellung auf, ohne dass Sie zustimmen. Er kann Fehler machen: Maßgeblich sind die Preise, der Bestand und die Bedingungen auf diesen Seiten, und unser Support-Team bestätigt Ihnen gern alles Wichtige.',
      ],
    },
    {
      id: 'use',
      heading: 'Faire Nutzung',
      blocks: [
        {
          list: [
            'Versuchen Sie nicht, den Shop lahmzulegen, zu überlasten oder seine Sicherheitsmaßnahmen zu umgehen.',
            'Nutzen Sie den Shop oder den Chat nicht, um unser Team oder andere zu belästigen.',
            'Kaufen Sie nicht in großen Mengen zum Weiterverkauf: Wir können die Mengen pro Kunde begrenzen, damit alle ein Smartphone bekommen.',
          ],
        },
        'Konten, die gegen diese Regeln verstoßen, können wir sperren; den Grund teilen wir Ihnen mit.',
      ],
    },
    {
      id: 'content',
      heading: 'Unsere und Ihre Inhalte',
      blocks: [
        'Der Name VisionX, das Logo und die Designs gehören uns. Unsere Reparaturanleitungen stehen unter einer Creative-Commons-Lizenz mit Namensnennung: Sie dürfen sie frei teilen und bearbeiten, sofern Sie uns als Quelle nennen.',
        'Nachrichten, die Sie uns senden, gehören weiterhin Ihnen. Sie erlauben uns, sie zu verwenden, um Ihnen zu antworten und unseren Support zu verbessern.',
      ],
    },
    {
      id: 'liability',
      heading: 'Haftung',
      blocks: [
        'Wir haften für Schäden, die vorhersehbar daraus entstehen, dass wir gegen diese Bedingungen verstoßen oder fahrlässig handeln. Wir haften nicht für Schäden, die nicht vorhersehbar waren, und nicht für geschäftliche Verluste. Nichts in diesen Bedingungen beschränkt eine Haftung, deren Beschränkung gesetzlich nicht zulässig ist, etwa für fahrlässig verursachte Todesfälle oder Körperverletzungen oder für Betrug.',
      ],
    },
    {
      id: 'changes',
      heading: 'Änderungen und Kontakt',
      blocks: [
        'Wir können diese Bedingungen aktualisieren; für eine Bestellung gilt die Fassung, die zum Zeitpunkt Ihrer Bestellung angezeigt wurde. Fragen zu diesen Bedingungen richten Sie bitte an hello@visionx.example.',
      ],
    },
  ],
};
