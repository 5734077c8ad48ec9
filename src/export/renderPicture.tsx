import { renderToStaticMarkup } from 'react-dom/server';
import type { Lang } from '../i18n/lang';
import type { World } from '../map/prepare';
import { buildScene } from '../map/scene';
import { readView } from '../model/lens';
import type { View } from '../model/view';
import { layoutPicture } from './layout';
import { Picture } from './Picture';
import { pictureTexts, type PictureTexts } from './pictureTexts';
import { subsetFont, type Typeface } from './text';

export interface PictureOptions {
  /** Width in CSS pixels; a PNG is made at twice this. */
  readonly width: number;
  readonly lang: Lang;
  readonly outlines: boolean;
  /** Where the map lives, for the credit line (null: the credit names the map alone). */
  readonly address: string | null;
}

export interface RenderedPicture {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

function base64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

interface Composed {
  readonly scene: ReturnType<typeof buildScene>;
  readonly texts: PictureTexts;
}

/** The scene and the words of a picture: everything but where the words go. */
function compose(world: World, view: View, options: PictureOptions): Composed {
  const reading = readView(world.dataset, view);
  const scene = buildScene(world.geometry, reading, { highlight: view.highlight });
  const texts = pictureTexts(world, view, reading, scene.legend, options.lang, options.address);
  return { scene, texts };
}

/** Every character a picture's text may set (the layout adds only " · " between parts). */
function charactersOf(texts: PictureTexts): string {
  return [...Object.values(texts).flat(), ' · '].join('');
}

/**
 * A view as a complete SVG picture: (world, view, size) -> file. The scene is the app's own
 * (buildScene over the same reading), so the exported fills equal the map's.
 */
export function renderPicture(
  world: World,
  view: View,
  face: Typeface,
  options: PictureOptions,
): RenderedPicture {
  return draw(compose(world, view, options), face, options);
}

/**
 * The same picture, its typeface chosen for its words: `typefaceFor` gets every character the
 * picture sets and gives fonts that hold them (Korean text brings the Korean font's slices).
 */
export async function makePicture(
  world: World,
  view: View,
  typefaceFor: (text: string) => Promise<Typeface>,
  options: PictureOptions,
): Promise<RenderedPicture> {
  const composed = compose(world, view, options);
  return draw(composed, await typefaceFor(charactersOf(composed.texts)), options);
}

function draw({ scene, texts }: Composed, face: Typeface, options: PictureOptions) {
  const layout = layoutPicture(scene, texts, face, options.width);
  let fontCss: string | null = null;
  if (!options.outlines) {
    const used = (weight: 'regular' | 'bold') =>
      layout.lines
        .filter((l) => l.weight === weight)
        .map((l) => l.text)
        .join('');
    fontCss = (['regular', 'bold'] as const)
      .map((weight) => {
        const family = `${face.family} Export ${weight}`;
        const data = base64(subsetFont(face[weight], used(weight), family));
        return `@font-face{font-family:'${family}';src:url(data:font/otf;base64,${data}) format('opentype');}`;
      })
      .join('');
  }
  const svg = renderToStaticMarkup(
    <Picture
      scene={scene}
      layout={layout}
      texts={texts}
      face={face}
      outlines={options.outlines}
      fontCss={fontCss}
      lang={options.lang}
    />,
  );
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`,
    width: layout.width,
    height: layout.height,
  };
}
