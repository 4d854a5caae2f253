import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP server received it: the envelope recipients and the parsed MIME. */
export interface ReceivedMail {
  rcptTo: string[];
  mail: ParsedMail;
}

export interface SmtpSink {
  /** smtp://127.0.0.1:<port> for SMTP_URL. */
  url: string;
  port: number;
  /** Every accepted message, in the order it arrived. */
  received: ReceivedMail[];
  /** Refuse the next `times` messages after their DATA with this reply code (4xx: try later; 5xx: never). */
  refuse(code: number, times?: number): void;
  /** The first message (already here, or the next to arrive) to `to` whose subject matches; rejects after `timeoutMs`. */
  waitForMail(to: string, subject: RegExp | string, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

/**
 * A real SMTP server in this process (the `smtp-server` package): plain SMTP, any login accepted,
 * no TLS, on `port` (0: any free one). What it accepts is parsed with `mailparser`, so tests
 * assert the delivered MIME message, not what the app meant to send. Used by the uvu tests and
 * the journeys' mailbox (e2e/mailbox.ts).
 */
export async function startSmtpSink(port = 0, host = '127.0.0.1'): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const arrivals = new EventEmitter();
  const refusals: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
    onData(stream, session, callback) {
      const refusal = refusals.shift();
      simpleParser(stream)
        .then((mail) => {
          if (refusal !== undefined) {
            const err = Object.assign(new Error(`Refused by the test (${refusal})`), { responseCode: refusal });
            return callback(err);
          }
          const item = { rcptTo: session.envelope.rcptTo.map((r) => r.address), mail };
          received.push(item);
          callback();
          arrivals.emit('mail', item);
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.server.address() as AddressInfo).port;
  const matches = (item: ReceivedMail, to: string, subject: RegExp | string) =>
    item.rcptTo.some((r) => r.toLowerCase() === to.toLowerCase()) &&
    (typeof subject === 'string' ? (item.mail.subject ?? '').includes(subject) : subject.test(item.mail.subject ?? ''));
  return {
    url: `smtp://${host}:${bound}`,
    port: bound,
    received,
    refuse(code, times = 1) {
      for (let i = 0; i < times; i++) refusals.push(code);
    },
    waitForMail(to, subject, timeoutMs = 10_000) {
      const here = received.find((item) => matches(item, to, subject));
      if (here) return Promise.resolve(here.mail);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          arrivals.off('mail', listener);
          reject(new Error(`no mail to ${to} matching ${String(subject)} within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = (item: ReceivedMail) => {
          if (!matches(item, to, subject)) return;
          clearTimeout(timer);
          arrivals.off('mail', listener);
          resolve(item.mail);
        };
        arrivals.on('mail', listener);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
