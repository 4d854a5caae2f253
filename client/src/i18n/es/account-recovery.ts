/** «¿Has olvidado tu contraseña?», los enlaces de restablecimiento y verificación, y el perfil de la página de la cuenta. */
export const accountRecovery = {
  recovery: {
    forgotLink: '¿Has olvidado tu contraseña?',
    forgot: {
      title: 'Contraseña olvidada',
      heading: 'Restablece tu contraseña',
      intro:
        'Introduce el correo electrónico de tu cuenta. Te enviaremos un enlace para que elijas una contraseña nueva.',
      email: 'Correo electrónico',
      submit: 'Enviar enlace',
      sentHeading: 'Revisa tu correo',
      sent: 'Si existe una cuenta con {email}, le hemos enviado un enlace para restablecer la contraseña. El enlace funciona una sola vez y durante 30 minutos.',
      notArrived: '¿No te ha llegado nada? Revisa la carpeta de spam, o',
      again: 'envía otro enlace',
      backToSignIn: 'Volver a iniciar sesión',
    },
    reset: {
      title: 'Elige una contraseña nueva',
      heading: 'Elige una contraseña nueva',
      intro: 'Al restablecer la contraseña se cerrará tu sesión en todos los dispositivos.',
      password: 'Contraseña nueva',
      confirm: 'Repite la contraseña nueva',
      hint: 'Entre 8 y 64 caracteres; evita contraseñas comunes',
      submit: 'Guardar contraseña',
      noToken:
        'Esta página necesita el enlace del correo de restablecimiento. Vuelve a abrir el enlace desde el correo.',
      askAgain: 'Pedir un enlace nuevo',
      doneHeading: 'Tu contraseña se ha cambiado',
      done: 'Has iniciado sesión. Se ha cerrado la sesión en todos los demás dispositivos.',
      doneSignIn:
        'Tu cuenta también pide un código para iniciar sesión: inicia sesión con tu nueva contraseña y tu código.',
      toAccount: 'Ir a tu cuenta',
      toSignIn: 'Iniciar sesión',
    },
    verify: {
      title: 'Confirma tu correo',
      heading: 'Confirma tu correo electrónico',
      checking: 'Confirmando tu correo electrónico…',
      done: '{email} está confirmado. ¡Gracias!',
      noToken:
        'Esta página necesita el enlace del correo de confirmación. Vuelve a abrir el enlace desde el correo.',
      toAccount: 'Ir a tu cuenta',
      resendHint: 'Puedes pedir un enlace nuevo en la página de tu cuenta.',
    },
  },
  profile: {
    verified: 'Verificado',
    notVerified: 'Sin verificar',
    verifyHint: 'Confirma tu correo electrónico con el enlace que te hemos enviado.',
    resend: 'Reenviar correo de verificación',
    resent: 'Hemos enviado un enlace nuevo a {email}.',
    editName: 'Editar nombre',
    saveName: 'Guardar nombre',
    nameSaved: 'Tu nombre se ha guardado.',
    changeEmail: 'Cambiar correo',
    newEmail: 'Correo electrónico nuevo',
    currentPassword: 'Contraseña actual',
    saveEmail: 'Cambiar correo',
    emailChanged: 'Tu correo electrónico ahora es {email}. Te hemos enviado un enlace para confirmarlo.',
    cancel: 'Cancelar',
  },
};
