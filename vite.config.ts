import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import tailwindcss from '@tailwindcss/vite';
import { precompress } from './scripts/precompress.js';

// The API server's port: `npm run dev` passes the same PORT to both (default 3000).
const API_TARGET = `http://localhost:${process.env.PORT ?? 3000}`;

export default defineConfig({
  root: 'client',
  plugins: [solid(), tailwindcss(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // bench/bundle.ts reads it to measure each route's initial JavaScript.
    manifest: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    // No changeOrigin: the server accepts a socket only when the Origin's host equals the
    // Host header, and the browser's Origin is this dev server.
    proxy: {
      '/api': { target: API_TARGET },
      '/healthz': { target: API_TARGET },
      '/socket.io': { target: API_TARGET, ws: true },
    },
  },
});
