import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { mapStyleCss } from './scripts/vite-plugin-map-style';
import { sanctionsData } from './scripts/vite-plugin-data';
import { socialPreview } from './scripts/vite-plugin-social';

/**
 * BASE_PATH sets where the app lives on its host (`/` by default; `/maps/dprk/` to publish it
 * under a sub-path). Every URL the app builds goes through import.meta.env.BASE_URL.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), mapStyleCss(), sanctionsData(), socialPreview()],
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true },
  server: { host: '127.0.0.1' },
});
