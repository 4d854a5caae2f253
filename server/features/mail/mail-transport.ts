import nodemailer from 'nodemailer';

/** One message as the worker hands it over: the Message-ID was fixed when it was queued. */
export interface Envelope {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

/** Sends one message or throws; a thrown error may carry the server's `responseCode` (mail-failure.ts). */
export interface MailTransport {
  send(mail: Envelope): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer's pooled transport (a few kept-open connections instead of a TLS
 * handshake per message). The timeouts are short and below the worker's lease (mail-worker.ts),
 * so a hung server fails the attempt before another worker may take the row over.
 */
export function createSmtpTransport(url: string): MailTransport {
  const transport = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        // Bodies are our own rendered text: nothing in them may make nodemailer read a file or fetch a URL.
        disableFileAccess: true,
        disableUrlAccess: true,
      });
    },
    close: () => transport.close(),
  };
}
