/** The rating card's bounds, without zod, so the chat panel imports them without the schema library. */
export const RATING_SCORES = [1, 2, 3, 4, 5] as const;
export const RATING_COMMENT_MAX_LENGTH = 500;
