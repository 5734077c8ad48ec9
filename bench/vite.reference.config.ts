import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { sanctionsData } from '../scripts/vite-plugin-data';

/** Builds the plain-D3 reference page with the same data files and preloads as the app. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'reference'),
  base: '/',
  plugins: [sanctionsData(resolve(import.meta.dirname, '../data'), { rawTopology: true })],
  build: {
    outDir: resolve(import.meta.dirname, '../dist-bench/reference'),
    emptyOutDir: true,
    target: 'es2022',
  },
  preview: { host: '127.0.0.1' },
});
