import type { Plugin, ResolvedConfig } from 'vite';
import { loadTypeface } from '../src/export/fonts';
import { renderPicture } from '../src/export/renderPicture';
import { translator } from '../src/i18n/t';
import { viewTitle } from '../src/i18n/title';
import { viewContext } from '../src/state/boot';
import { defaultView } from '../src/state/viewFields';
import { canonicalUrl } from './canonicalUrl';
import { readFontFile } from './fontReader';
import { installLanguageNode } from './languagePack';
import { rasterise } from './snapshot';
import { loadWorld } from './world';

export const SOCIAL_IMAGE = 'social.png';
const WIDTH = 600;

/**
 * Open Graph and Twitter card tags for the built page, with a picture of the map made at build
 * time by the same code as the exports and the snapshot command (the default view: every kind of
 * measure, the build's month). CANONICAL_URL, when set, makes the image address absolute, as
 * the services that read these tags want.
 */
export function socialPreview(): Plugin {
  let config: ResolvedConfig;
  let title = '';
  let png: Buffer | null = null;
  return {
    name: 'social-preview',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      await installLanguageNode('en');
      const world = loadWorld();
      const view = defaultView(viewContext(world));
      title = viewTitle(view, translator('en'), 'en');
      const face = await loadTypeface(readFontFile);
      const picture = renderPicture(world, view, face, {
        width: WIDTH,
        lang: 'en',
        outlines: true,
        address: canonicalUrl(process.env.CANONICAL_URL) || null,
      });
      png = rasterise(picture.svg, WIDTH);
    },
    generateBundle() {
      if (png) this.emitFile({ type: 'asset', fileName: SOCIAL_IMAGE, source: png });
    },
    transformIndexHtml(html) {
      const canonical = canonicalUrl(process.env.CANONICAL_URL);
      const image = canonical ? `${canonical}${SOCIAL_IMAGE}` : `${config.base}${SOCIAL_IMAGE}`;
      const description =
        'Which states took which measures against North Korea, month by month, with a source for every fact.';
      const tags: [string, string, string][] = [
        ['property', 'og:type', 'website'],
        ['property', 'og:title', title],
        ['property', 'og:description', description],
        ['property', 'og:image', image],
        ['property', 'og:image:width', String(WIDTH * 2)],
        ['name', 'twitter:card', 'summary_large_image'],
        ['name', 'twitter:title', title],
        ['name', 'twitter:description', description],
        ['name', 'twitter:image', image],
        ...(canonical ? ([['property', 'og:url', canonical]] as [string, string, string][]) : []),
      ];
      return {
        html,
        tags: tags.map(([attr, key, content]) => ({
          tag: 'meta',
          attrs: { [attr]: key, content },
          injectTo: 'head' as const,
        })),
      };
    },
  };
}
