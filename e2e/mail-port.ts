/**
 * The port of the journeys' SMTP server (e2e/mailbox.ts), which the app server under test sends
 * to (playwright.config.ts sets its SMTP_URL). Derived from E2E_PORT so two runs on one machine,
 * each on its own port, do not share a mailbox; E2E_SMTP_PORT pins it.
 */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3101) + 20_000);
