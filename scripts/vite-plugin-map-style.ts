import type { Plugin } from 'vite';
import { styleCss } from '../src/map/style';

const ID = 'virtual:map-style.css';
const RESOLVED = `\0${ID}`;

/**
 * Serves the map's style data (src/map/style.ts) as CSS custom properties, so the page's
 * stylesheet reads the colours and strokes the SVG is drawn with rather than repeating them.
 */
export function mapStyleCss(): Plugin {
  return {
    name: 'map-style-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? styleCss() : undefined),
  };
}
