// Zod must never compile parsers with `new Function`: the Content-Security-Policy has no
// 'unsafe-eval' (server/http/security-headers.ts), and even Zod's guarded probe is reported as a
// violation. Zod reads its settings from this global when it loads, so this classic script sets
// it before any module of the app runs, whatever chunk the bundler puts Zod and the schemas in
// (client/src/zod-without-eval.ts does the same for tests and the dev server's module graph).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
