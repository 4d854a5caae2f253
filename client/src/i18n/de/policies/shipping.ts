import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Versand & Rückgabe',
  updated: '2025-01-15',
  summary:
    'Wir liefern in die Vereinigten Staaten, nach Kanada, ins Vereinigte Königreich, nach Deutschland und nach Frankreich. Jede Bestellung kann innerhalb von 30 Tagen nach der Lieferung zurückgegeben werden.',
  sections: [
    {
      id: 'where',
      heading: 'Wohin wir liefern',
      blocks: [
        'Wir liefern an Adressen in den Vereinigten Staaten (alle 50 Bundesstaaten und Washington, D.C.), in Kanada, im Vereinigten Königreich, in Deutschland und in Frankreich. An Postfächer, Paketstationen und Paketweiterleitungsdienste können wir nicht liefern. Weitere EU-Länder folgen; bis dahin kontaktieren Sie uns bitte vor einer Bestellung, wenn Sie in ein anderes Land liefern lassen möchten.',
        'Alle Preise und Versandkosten sind in US-Dollar (USD) angegeben, unabhängig vom Lieferland. Die Preise für Kanada, das Vereinigte Königreich, Deutschland und Frankreich enthalten Einfuhrabgaben und Mehrwertsteuer bzw. GST. Bei der Zustellung fallen keine weiteren Kosten an.',
      ],
    },
    {
      id: 'when',
      heading: 'Wann Ihre Bestellung versandt wird',
      blocks: [
        'Bestellungen, die an einem Werktag vor 14 Uhr Eastern Time (US-Ostküstenzeit) eingehen, verlassen unser Lager noch am selben Tag. Spätere Bestellungen sowie Bestellungen an Wochenenden und Feiertagen verlassen das Lager am nächsten Werktag.',
        'Sobald der Versanddienstleister Ihr Paket scannt, erhalten Sie eine E-Mail mit einem Link zur Sendungsverfolgung. Den Status jeder Bestellung sehen Sie außerdem in Ihrem Konto.',
      ],
    },
    {
      id: 'rates',
      heading: 'Lieferzeiten und Versandkosten',
      blocks: [
        {
          table: {
            caption: 'Die Lieferzeiten werden in Werktagen ab Versand gerechnet. Alle Beträge in US-Dollar (USD).',
            head: ['Lieferland', 'Standard', 'Express'],
            rows: [
              ['Vereinigte Staaten', '3–5 Tage, 5,95 USD (ab 99 USD kostenlos)', '1–2 Tage, 14,95 USD'],
              ['Kanada', '5–8 Tage, 9,95 USD (ab 149 USD kostenlos)', '2–4 Tage, 24,95 USD'],
              ['Vereinigtes Königreich', '3–5 Tage, 6,95 USD (ab 99 USD kostenlos)', '1–2 Tage, 14,95 USD'],
              ['Deutschland und Frankreich', '4–8 Tage, 7,95 USD (ab 119 USD kostenlos)', '2–4 Tage, 19,95 USD'],
            ],
          },
        },
        'Ersatzmodule, die wir im Rahmen der Garantie oder des Reparaturprogramms senden, werden immer kostenlos per Standardversand geliefert.',
      ],
    },
    {
      id: 'damaged',
      heading: 'Beschädigte oder verlorene Pakete',
      blocks: [
        'Kommt ein Paket beschädigt an, oder zeigt die Sendungsverfolgung es als zugestellt an, obwohl Sie es nicht erhalten haben, teilen Sie uns dies bitte innerhalb von 7 Tagen nach dem Zustelldatum mit. Senden Sie, wenn möglich, ein Foto des Kartons und des Versandetiketts mit. Wir schicken Ihnen Ersatz oder erstatten Ihnen den vollen Betrag; Sie müssen sich nie selbst an den Versanddienstleister wenden.',
      ],
    },
    {
      id: 'returns',
      heading: 'Rückgabe innerhalb von 30 Tagen',
      blocks: [
        'Sie können alles, was Sie bei uns gekauft haben, innerhalb von 30 Tagen nach der Lieferung ohne Angabe von Gründen zurückgeben. Dies gilt zusätzlich zu Ihren gesetzlichen Rechten: Im Vereinigten Königreich und in der EU ist das gesetzliche 14-tägige Widerrufsrecht in unserer 30-tägigen Rückgabefrist enthalten.',
        {
          list: [
            'Smartphones müssen vollständig sein: Rahmen, alle Module, Schraubendreher und Verpackung.',
            'Module, die Sie eingebaut und wieder ausgebaut haben, können Sie zurückgeben, sofern sie unbeschädigt sind.',
            'Melden Sie sich von Ihren Konten ab und setzen Sie das Smartphone zurück, bevor Sie es einsenden.',
            'Geschenkkarten und gravierte Rückseiten sind von der Rückgabe ausgeschlossen, sofern sie nicht mangelhaft sind.',
          ],
        },
      ],
    },
    {
      id: 'how-to-return',
      heading: 'So geben Sie einen Artikel zurück',
      blocks: [
        {
          steps: [
            'Senden Sie uns über die Kontaktseite eine Nachricht mit Ihrer Bestellnummer und den Artikeln, die Sie zurückgeben möchten.',
            'Wir senden Ihnen innerhalb eines Werktags ein frankiertes Rücksendeetikett per E-Mail. Die Rücksendung ist in allen vier Regionen kostenlos.',
            'Verpacken Sie die Artikel nach Möglichkeit in der Originalverpackung, bringen Sie das Etikett an und geben Sie das Paket beim Versanddienstleister ab.',
          ],
        },
      ],
    },
    {
      id: 'refunds',
      heading: 'Erstattungen',
      blocks: [
        'Wir erstatten Ihnen den Kaufpreis einschließlich der ursprünglichen Kosten für den Standardversand innerhalb von 5 Werktagen nach Eingang Ihrer Rücksendung über die von Ihnen verwendete Zahlungsart. Bis die Gutschrift bei Ihrer Bank sichtbar ist, kann es weitere 3–10 Werktage dauern.',
        'Kommt ein Artikel mit Schäden zurück, die über den üblichen Umgang hinausgehen, setzen wir uns mit Ihnen in Verbindung und erklären Ihnen den Grund, bevor wir einen geminderten Betrag erstatten.',
      ],
    },
    {
      id: 'exchanges',
      heading: 'Umtausch',
      blocks: [
        'Sie möchten eine andere Farbe oder Speichergröße? Teilen Sie uns das bei Ihrer Rückgabeanfrage mit. Wir versenden den neuen Artikel, sobald Ihr Rücksendeetikett gescannt wurde, damit Sie nicht ohne Smartphone dastehen.',
      ],
    },
  ],
};
