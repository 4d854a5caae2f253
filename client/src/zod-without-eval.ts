import { z } from 'zod';

// The Content-Security-Policy has no 'unsafe-eval' (server/http/security-headers.ts). Zod compiles
// fast object parsers with `new Function` and probes for it even when the CSP forbids it, which
// the browser reports as a violation. The setting is read when a schema is built, so this module
// must be evaluated before any schema module: main.tsx imports it first.
z.config({ jitless: true });
