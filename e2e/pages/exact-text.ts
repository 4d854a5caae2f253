/** `text` as a literal inside a RegExp: accessible names are matched from their start or end, not by substring. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
