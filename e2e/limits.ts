/**
 * Limits the journeys' server runs with, set openly so journeys can reach them on purpose.
 * No other journey opens this many tabs in one browser context (one session).
 */
export const E2E_SOCKETS_PER_SESSION = 12;
