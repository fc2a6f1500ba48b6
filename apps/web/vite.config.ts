// The web console: two pages (the console, index.html, and the offline GraphiQL explorer, explorer.html),
// built into dist/web, which the API serves. `npm run dev:web` serves it with hot reload and proxies
// /graphql (HTTP and graphql-ws) to the API on :3000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react-swc';
import { defineConfig } from 'vite';
import { antdStaticStyles } from './antd-styles.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: here('.'),
  plugins: [react(), antdStaticStyles()],
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // dist/web/.vite/manifest.json: which chunks each page loads (npm run bench:web sums them)
    manifest: true,
    rollupOptions: { input: { index: here('index.html'), explorer: here('explorer.html') } },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/health': { target: api },
    },
  },
});
