import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Garantie',
  updated: '2025-01-15',
  summary:
    'Auf jedes VisionX-Smartphone und jedes Modul gewähren wir eine eingeschränkte Garantie von 2 Jahren, und sie erlischt nie dadurch, dass Sie Ihr Smartphone öffnen. Nach Ablauf der Garantie hält unser modulares Reparaturprogramm Ihr Smartphone am Laufen.',
  sections: [
    {
      id: 'coverage',
      heading: 'Was die Garantie abdeckt',
      blocks: [
        '2 Jahre lang ab dem Tag der Lieferung reparieren oder ersetzen wir jedes VisionX-Smartphone und jedes Modul, das aufgrund eines Material- oder Verarbeitungsfehlers ausfällt. Räumt Ihnen das geltende Recht eine längere oder weitergehende Garantie oder Gewährleistung ein, gilt diese.',
        'Akkus sind ebenfalls 2 Jahre lang abgedeckt. Behält ein Akku innerhalb von 2 Jahren oder 800 vollständigen Ladezyklen – je nachdem, was zuerst eintritt – weniger als 80 % seiner ursprünglichen Kapazität, gilt er als mangelhaft.',
        'Einzeln gekaufte Module erhalten ab ihrem Lieferdatum eine eigene Garantie von 2 Jahren. Ein im Rahmen der Garantie geliefertes Ersatzteil ist für die Restlaufzeit der ursprünglichen Garantie oder für 6 Monate abgedeckt, je nachdem, welcher Zeitraum länger ist.',
      ],
    },
    {
      id: 'opening',
      heading: 'Das Öffnen Ihres Smartphones ist erlaubt',
      blocks: [
        'Ihr VisionX ist dafür gemacht, geöffnet zu werden. Das Abnehmen der Rückseite, der Tausch von Modulen und der Einbau von Teilen von VisionX oder anderen Herstellern lassen die Garantie nicht erlöschen.',
        'Nicht von der Garantie abgedeckt sind Schäden, die bei einer Reparatur entstehen, zum Beispiel ein Steckverbinder, der verbogen wurde, weil ein Modul mit Gewalt eingesetzt wurde, oder eine überdrehte Schraube. Dafür bietet das unten beschriebene Reparaturprogramm Teile zu Festpreisen.',
      ],
    },
    {
      id: 'not-covered',
      heading: 'Was nicht abgedeckt ist',
      blocks: [
        {
          list: [
            'Unfallschäden, etwa nach Stürzen, gesprungenes Glas oder Quetschungen.',
            'Flüssigkeitsschäden über die angegebene Wasserbeständigkeit des Smartphones hinaus (seine IP-Schutzart, die in den technischen Daten steht).',
            'Normale Abnutzung: Kratzer, Schrammen und der allmähliche Rückgang der Akkukapazität, solange sie über der oben genannten Schwelle bleibt.',
            'Probleme, die durch Teile von Drittanbietern verursacht werden (der Rest des Smartphones bleibt abgedeckt).',
            'Verlorene oder gestohlene Smartphones.',
          ],
        },
      ],
    },
    {
      id: 'claim',
      heading: 'So machen Sie einen Garantieanspruch geltend',
      blocks: [
        {
          steps: [
            'Kontaktieren Sie uns mit Ihrer Bestellnummer und einer kurzen Beschreibung des Problems. Unser Team findet das defekte Modul oft schon nach wenigen Nachrichten.',
            'Ist ein einzelnes Modul defekt, senden wir Ihnen zuerst ein Ersatzmodul. Sie tauschen es selbst aus und senden das alte innerhalb von 14 Tagen mit dem frankierten Rücksendeetikett zurück.',
            'Muss das ganze Smartphone zu uns, senden wir Ihnen einen frankierten Versandkarton. Reparaturen in unserem Servicecenter dauern 5 Werktage ab Eingang, zuzüglich der Versandzeit in beide Richtungen.',
          ],
        },
        'Garantiereparaturen, Ersatzmodule und der Versand in beide Richtungen sind kostenlos.',
      ],
    },
    {
      id: 'repair-program',
      heading: 'Das modulare Reparaturprogramm',
      blocks: [
        'Nach Ablauf der Garantie oder bei Schäden, die die Garantie nicht abdeckt, können Sie jedes Modul zum Festpreis kaufen und in wenigen Minuten selbst austauschen, mit einer kostenlosen Videoanleitung für jedes Teil.',
        {
          table: {
            caption: 'Beispielpreise für Module in den Vereinigten Staaten, in US-Dollar (USD).',
            head: ['Modul', 'Preis', 'Dauer des Austauschs'],
            rows: [
              ['Akku', '39 USD', 'ca. 2 Minuten'],
              ['Display', '89 USD', 'ca. 5 Minuten'],
              ['Hauptkamera', '69 USD', 'ca. 3 Minuten'],
              ['USB-C-Anschluss', '19 USD', 'ca. 3 Minuten'],
              ['Rückseite', '25 USD', 'ca. 1 Minute'],
            ],
          },
        },
        'Sie möchten es lieber nicht selbst machen? Senden Sie das Smartphone an unser Servicecenter: Wir bauen das Modul gegen eine Arbeitspauschale von 25 USD ein und senden Ihnen das Smartphone innerhalb von 5 Werktagen zurück.',
      ],
    },
    {
      id: 'parts',
      heading: 'Ersatzteile für 7 Jahre',
      blocks: [
        'Wir halten jedes Modul jedes Modells mindestens 7 Jahre nach der Markteinführung des Modells auf Lager und veröffentlichen Reparaturanleitungen für alle Module. Senden Sie uns ein beliebiges altes Modul, ob funktionsfähig oder nicht: Sie erhalten 15 % Rabatt auf Ihr nächstes Modul, und wir verwenden das Teil wieder oder recyceln es.',
      ],
    },
  ],
};
