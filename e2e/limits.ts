/**
 * Limits the journeys' server runs with, set openly so journeys can reach them on purpose.
 * No other journey holds this many sockets in one session (at most three tabs and a
 * ShopperSocket of the same browser context), so only e2e/socket-cap.test.ts reaches it.
 */
export const E2E_SOCKETS_PER_SESSION = 6;
