/** The desk's text boxes: Enter sends, Shift+Enter adds a line, and an input method's Enter only composes. True when it sent. */
export function enterSends(event: KeyboardEvent, send: () => void): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return false;
  event.preventDefault();
  send();
  return true;
}
