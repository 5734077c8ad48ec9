import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { canonicalUrl } from './scripts/canonicalUrl';
import { mapStyleCss } from './scripts/vite-plugin-map-style';
import { sanctionsData } from './scripts/vite-plugin-data';
import { socialPreview } from './scripts/vite-plugin-social';

/**
 * BASE_PATH sets where the app lives on its host (`/` by default; `/maps/dprk/` to publish it
 * under a sub-path). Every URL the app builds goes through import.meta.env.BASE_URL.
 * CANONICAL_URL is the address citations name (scripts/canonicalUrl.ts), as
 * import.meta.env.CANONICAL_URL ('' when unset: the page's own address is cited).
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  define: {
    'import.meta.env.CANONICAL_URL': JSON.stringify(canonicalUrl(process.env.CANONICAL_URL)),
  },
  plugins: [react(), mapStyleCss(), sanctionsData(), socialPreview()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Everything the first map needs in the entry chunk: left alone, Rolldown hoists what the
    // entry shares with the lazy chunks into a common chunk the first map loads as well, which
    // costs bytes (two gzip streams) and hides part of the first map from the size budget.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true },
  server: { host: '127.0.0.1' },
});
