import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { actorNamesModule } from './scripts/vite-plugin-actor-names';
import { canonicalUrl } from './scripts/canonicalUrl';
import { inlinePolicy } from './scripts/vite-plugin-inline-policy';
import { mapStyleCss } from './scripts/vite-plugin-map-style';
import { sanctionsData } from './scripts/vite-plugin-data';

/** Where `npm run build:single` writes the page, and its name. */
export const SINGLE_FILE_DIR = 'dist-single';
export const SINGLE_FILE_NAME = 'dprk-sanctions-map.html';

/**
 * Korean in the single file: its text and names are in (small), its font slices are not
 * (about 9 MB as data: addresses, three times the rest of the page). A Korean page then uses
 * the computer's own Korean font, which every system that reads Korean has; a picture saved in
 * Korean says it has no font, as it would offline.
 */
function withoutKoreanFonts(): Plugin {
  const EMPTY = '\0no-korean-fonts';
  return {
    name: 'single-file-without-korean-fonts',
    enforce: 'pre',
    resolveId(id) {
      if (id.endsWith('/korean.css')) return `${EMPTY}.css`;
      if (id.endsWith('/koreanFontUrls')) return `${EMPTY}.js`;
      return undefined;
    },
    load(id) {
      if (id === `${EMPTY}.css`) return '';
      if (id === `${EMPTY}.js`) return 'export const KOREAN_FONT_URLS = {};';
      return undefined;
    },
  };
}

/**
 * `npm run build:single`: the whole app in one HTML file that opens from a USB stick by
 * double-click, over file://, with no server. Its scripts, styles and fonts are inlined
 * (vite-plugin-singlefile, with code splitting off), its data, stories and topology are JSON
 * blocks in the page (src/data/embeddedFiles.ts), it has no service worker, and its policy
 * allows exactly its inline code by hash. The normal build (vite.config.ts) keeps its lazy chunks.
 */
export default defineConfig({
  base: './',
  publicDir: false,
  define: {
    'import.meta.env.CANONICAL_URL': JSON.stringify(canonicalUrl(process.env.CANONICAL_URL)),
    'import.meta.env.SINGLE_FILE': 'true',
    // No embed.js ships in the single file (it has no server to embed from).
    'import.meta.env.EMBED_INTEGRITY': JSON.stringify(''),
  },
  plugins: [
    withoutKoreanFonts(),
    react(),
    mapStyleCss(),
    sanctionsData(undefined, { inline: true }),
    actorNamesModule(),
    viteSingleFile({ outputFileName: SINGLE_FILE_NAME }),
    inlinePolicy(),
  ],
  build: {
    target: 'es2022',
    outDir: SINGLE_FILE_DIR,
    emptyOutDir: true,
    sourcemap: false,
  },
  logLevel: 'warn',
});
