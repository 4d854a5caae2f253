/** A check's failure message, or 'no failure' (uvu's `throws` passes its own assertion errors through). */
export function failure(check: () => void): string {
  try {
    check();
  } catch (err) {
    return (err as Error).message;
  }
  return 'no failure';
}
