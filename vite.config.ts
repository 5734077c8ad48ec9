import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { actorNamesModule } from './scripts/vite-plugin-actor-names';
import { canonicalUrl } from './scripts/canonicalUrl';
import { embedIntegrity } from './scripts/embedIntegrity';
import { mapStyleCss } from './scripts/vite-plugin-map-style';
import { sanctionsData } from './scripts/vite-plugin-data';
import { socialPreview } from './scripts/vite-plugin-social';
import { offlineWorker } from './scripts/vite-plugin-offline';

/**
 * BASE_PATH sets where the app lives on its host (`/` by default; `/maps/dprk/` to publish it
 * under a sub-path). Every URL the app builds goes through import.meta.env.BASE_URL.
 * CANONICAL_URL is the address citations name (scripts/canonicalUrl.ts), as
 * import.meta.env.CANONICAL_URL ('' when unset: the page's own address is cited).
 * EMBED_INTEGRITY is the Subresource Integrity hash of public/embed.js, for the embed snippet.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  define: {
    'import.meta.env.CANONICAL_URL': JSON.stringify(canonicalUrl(process.env.CANONICAL_URL)),
    // The embed snippet's integrity hash for public/embed.js, computed at build time.
    'import.meta.env.EMBED_INTEGRITY': JSON.stringify(embedIntegrity()),
    'import.meta.env.SINGLE_FILE': 'false',
  },
  plugins: [
    react(),
    mapStyleCss(),
    sanctionsData(),
    actorNamesModule(),
    socialPreview(),
    offlineWorker(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Everything the first map needs in one chunk: with several lazy chunks sharing React and
        // the model with it, Rolldown would otherwise split those modules into common chunks the
        // page must fetch beside it (more requests and less compression for the same code).
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'], priority: 100 }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true },
  server: { host: '127.0.0.1' },
});
