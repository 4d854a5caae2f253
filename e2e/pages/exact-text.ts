/** `text` as a literal inside a RegExp: accessible names are matched from their start or end, not by substring. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A message's time as the chat shows it in en-US ("2:05 PM"), after its text. */
export const SENT_AT = '\\s*\\d{1,2}:\\d{2}\\s?[AP]M';
