import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = 'http://localhost:3000';

// Vitest falls back to this file when no vitest.config.ts exists; the web root must not hide test/ then.
const isVitest = process.env.VITEST !== undefined;

export default defineConfig({
  root: isVitest ? undefined : fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // antd and antd-mobile are each loaded only by the pages of their roles (see web/src/App.tsx).
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': backend,
      '/dev': backend,
      '/verify': backend,
    },
  },
});
