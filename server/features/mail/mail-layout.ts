import { DEFAULT_LOCALE, type Locale } from '../../../shared/locales.js';
import { MAIL_WORDS } from './words/mail-words.js';

/**
 * The one look of every email: a plain, table-free single column in the shop's colours that
 * reads well in any client, and the same content as plain text. Templates (./templates/) give
 * blocks; this escapes every text it is given, so no template builds HTML from shopper input.
 */
export type MailBlock =
  | { p: string }
  | { button: { label: string; href: string } }
  | { rows: [string, string][] }
  | { small: string };

export interface MailContent {
  subject: string;
  /** The line a mail client shows after the subject. */
  preheader: string;
  heading: string;
  blocks: MailBlock[];
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const INK = '#0b0c0e';
const SOFT = '#3a3f45';
const ACCENT = '#0b7a55';
const LINE = '#d9dde1';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function blockHtml(b: MailBlock): string {
  if ('p' in b) return `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(b.p)}</p>`;
  if ('small' in b) return `<p style="margin:0 0 16px;font-size:13px;color:${SOFT}">${escapeHtml(b.small)}</p>`;
  if ('button' in b) {
    return `<p style="margin:24px 0"><a href="${escapeHtml(b.button.href)}" style="background:${ACCENT};color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(b.button.label)}</a></p>`;
  }
  const rows = b.rows
    .map(
      ([k, v]) =>
        `<tr><td style="padding:6px 0;border-bottom:1px solid ${LINE}">${escapeHtml(k)}</td><td style="padding:6px 0;border-bottom:1px solid ${LINE};text-align:right">${escapeHtml(v)}</td></tr>`,
    )
    .join('');
  return `<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px">${rows}</table>`;
}

function blockText(b: MailBlock): string {
  if ('p' in b) return b.p;
  if ('small' in b) return b.small;
  if ('button' in b) return `${b.button.label}: ${b.button.href}`;
  const width = Math.max(...b.rows.map(([k]) => k.length));
  return b.rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

/** The mail in `locale`: its `<html lang>` and footer ([LANG4]); the template gives the rest in it. */
export function renderMail(c: MailContent, locale: Locale = DEFAULT_LOCALE): RenderedMail {
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(c.subject)}</title></head><body style="margin:0;background:#f4f5f6;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:${INK}"><span style="display:none;max-height:0;overflow:hidden">${escapeHtml(c.preheader)}</span><div style="max-width:560px;margin:0 auto;padding:24px"><p style="font-weight:700;font-size:18px;margin:0 0 24px">VisionX</p><div style="background:#fff;border:1px solid ${LINE};border-radius:12px;padding:24px"><h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(c.heading)}</h1>${c.blocks.map(blockHtml).join('')}</div><p style="font-size:12px;color:${SOFT};margin:16px 0 0">${escapeHtml(MAIL_WORDS[locale].layout.footer)}</p></div></body></html>`;
  const text = `${c.heading}\n\n${c.blocks.map(blockText).join('\n\n')}\n\n-- \nVisionX`;
  return { subject: c.subject, html, text };
}
