/** The VisionX story. */
export const about = {
  title: 'Über uns',
  heading: 'Über VisionX',
  lead: 'Wir bauen Smartphones für Menschen, die sie lieber behalten.',
  sections: {
    origin: {
      heading: 'Warum wir angefangen haben',
      body: 'VisionX ist an einer Reparaturwerkbank entstanden. Unsere Gründer haben jahrelang verklebtes Glas von Smartphones gehebelt, die gerade einmal zwei Jahre alt waren und schon als ausgedient galten. Das Problem lag nie bei den Menschen, die sie benutzten, sondern bei Smartphones, die darauf ausgelegt sind, ersetzt zu werden. Also haben wir uns vorgenommen, eines zu entwickeln, das bleibt.',
    },
    design: {
      heading: 'Wie ein VisionX aufgebaut ist',
      body: 'Jedes VisionX besteht aus einem Rahmen und einer Reihe von Modulen: Display, Akku, Hauptkamera, Frontkamera, Lautsprecher und USB-C-Anschluss. Jedes davon wird von Standardschrauben und einem einzigen Steckverbinder gehalten, sodass ein kleiner Kreuzschlitzschraubendreher (beim Vision X Pro Max Ultra, Halo Vision Pro Ultra und Vision X Terra im Lieferumfang) das einzige Werkzeug ist, das Sie brauchen. Wenn ein Teil verschleißt, ersetzen Sie genau dieses Teil. Wenn eine bessere Kamera erscheint, bauen Sie sie in das Smartphone ein, das Sie bereits besitzen.',
    },
    materials: {
      heading: 'Woraus es besteht',
      body: 'Der Rahmen besteht zu 100 % aus recyceltem Aluminium. Für die Verpackung verwenden wir nur Papier und Karton. Wir legen offen, woher Zinn, Tantal, Wolfram und Gold in jedem Smartphone stammen, und zahlen unseren Montagepartnern zusätzlich zu ihren Verträgen einen Zuschlag, der existenzsichernde Löhne ermöglicht.',
    },
    promise: {
      heading: 'Unser Versprechen',
      body: 'Wir halten Ersatzmodule mindestens sieben Jahre nach der Markteinführung eines Modells auf Lager, veröffentlichen Reparaturanleitungen für jedes Teil und nehmen jedes VisionX-Modul zur Wiederverwendung oder zum Recycling zurück, egal in welchem Zustand. Ein Smartphone sollte etwas sein, das man behält.',
    },
  },
  cta: 'Smartphones ansehen',
};
