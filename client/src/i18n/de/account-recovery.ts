/** "Forgot password?", the reset and verification links, and the account page's profile. */
export const accountRecovery = {
  recovery: {
    forgotLink: 'Passwort vergessen?',
    forgot: {
      title: 'Passwort vergessen',
      heading: 'Passwort zurücksetzen',
      intro:
        'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen können.',
      email: 'E-Mail',
      submit: 'Link zum Zurücksetzen senden',
      sentHeading: 'Bitte prüfen Sie Ihr Postfach',
      sent: 'Falls es ein Konto für {email} gibt, haben wir an diese Adresse einen Link zum Zurücksetzen des Passworts gesendet. Der Link ist 30 Minuten lang gültig und kann nur einmal verwendet werden.',
      notArrived: 'Nichts angekommen? Sehen Sie in Ihrem Spam-Ordner nach oder',
      again: 'fordern Sie einen neuen Link an',
      backToSignIn: 'Zurück zur Anmeldung',
    },
    reset: {
      title: 'Neues Passwort festlegen',
      heading: 'Neues Passwort festlegen',
      intro: 'Wenn Sie Ihr Passwort zurücksetzen, werden Sie auf allen Geräten abgemeldet.',
      password: 'Neues Passwort',
      confirm: 'Neues Passwort wiederholen',
      hint: '8–64 Zeichen; vermeiden Sie gängige Passwörter',
      submit: 'Passwort speichern',
      noToken:
        'Diese Seite lässt sich nur über den Link in der E-Mail zum Zurücksetzen öffnen. Bitte öffnen Sie den Link aus der E-Mail erneut.',
      askAgain: 'Neuen Link anfordern',
      doneHeading: 'Ihr Passwort wurde geändert',
      done: 'Sie sind angemeldet. Alle anderen Geräte wurden abgemeldet.',
      doneSignIn:
        'Für Ihr Konto ist zusätzlich ein Code nötig: Melden Sie sich mit Ihrem neuen Passwort und Ihrem Code an.',
      toAccount: 'Zu Ihrem Konto',
      toSignIn: 'Anmelden',
    },
    verify: {
      title: 'E-Mail bestätigen',
      heading: 'E-Mail-Adresse bestätigen',
      checking: 'Ihre E-Mail-Adresse wird bestätigt …',
      done: '{email} ist bestätigt. Vielen Dank!',
      noToken:
        'Diese Seite lässt sich nur über den Link in der Bestätigungs-E-Mail öffnen. Bitte öffnen Sie den Link aus der E-Mail erneut.',
      toAccount: 'Zu Ihrem Konto',
      resendHint: 'Einen neuen Link können Sie auf Ihrer Kontoseite anfordern.',
    },
  },
  profile: {
    verified: 'Bestätigt',
    notVerified: 'Nicht bestätigt',
    verifyHint: 'Bestätigen Sie Ihre E-Mail-Adresse mit dem Link, den wir Ihnen gesendet haben.',
    resend: 'Bestätigungs-E-Mail erneut senden',
    resent: 'Wir haben einen neuen Link an {email} gesendet.',
    editName: 'Name ändern',
    saveName: 'Name speichern',
    nameSaved: 'Ihr Name wurde gespeichert.',
    changeEmail: 'E-Mail ändern',
    newEmail: 'Neue E-Mail-Adresse',
    currentPassword: 'Aktuelles Passwort',
    saveEmail: 'E-Mail ändern',
    emailChanged: 'Ihre E-Mail-Adresse lautet jetzt {email}. Wir haben Ihnen einen Bestätigungslink dorthin gesendet.',
    cancel: 'Abbrechen',
  },
};
