import type { Plugin } from 'vite';
import { PROJECTOR_STYLE, styleCss } from '../src/map/style';

const ID = 'virtual:map-style.css';
const RESOLVED = `\0${ID}`;

/**
 * Serves the map's style data (src/map/style.ts) as CSS custom properties, so the page's
 * stylesheet reads the colours and strokes the SVG is drawn with rather than repeating them.
 * Inside presentation mode (`.app.present`) the projector style's properties apply.
 */
export function mapStyleCss(): Plugin {
  return {
    name: 'map-style-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED ? styleCss() + styleCss(PROJECTOR_STYLE, '.app.present') : undefined,
  };
}
