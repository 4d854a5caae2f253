/**
 * Whose address book this tab holds. A tab can change hands (sign out, someone else signs in),
 * and one account's saved addresses must never be shown or filled in at checkout for another:
 * the book is held with the user id it was read for, and read only for that viewer.
 */
export interface HeldBook<T> {
  /** The user the book was read for (null: a guest, whose book is empty); undefined: nothing read yet. */
  owner: number | null | undefined;
  book: readonly T[];
}

/** The viewer's id as the book is tagged: a guest (or a viewer not known yet) is null. */
export const ownerId = (viewer: { id: number } | null | undefined): number | null => viewer?.id ?? null;

/** The held book if it was read for `viewerId`; null when it is someone else's or not read yet. */
export function bookFor<T>(held: HeldBook<T>, viewerId: number | null): readonly T[] | null {
  return held.owner !== undefined && held.owner === viewerId ? held.book : null;
}

/**
 * Requests carry the generation they started in; the viewer changing starts a new one, so an
 * answer for the previous account (in flight when the tab changed hands) is dropped.
 */
export function createGenerations() {
  let current = 0;
  return {
    now: () => current,
    next: () => ++current,
    isCurrent: (generation: number) => generation === current,
  };
}
