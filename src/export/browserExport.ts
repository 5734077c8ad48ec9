import type { Lang } from '../i18n/lang';
import type { World } from '../map/prepare';
import type { View } from '../model/view';
import { browserTypeface } from './browserFonts';
import { makePicture } from './renderPicture';

export { saveBlob } from './saveBlob';

/**
 * Exports made in the browser, from the same rendering code as the command line: an SVG file,
 * or a PNG at twice the width asked for, drawn from the outlined SVG onto a canvas (so the
 * picture does not depend on which fonts the machine has). No third-party service.
 */
export async function exportSvg(
  world: World,
  view: View,
  options: { width: number; lang: Lang; outlines: boolean; address: string | null },
): Promise<Blob> {
  const picture = await makePicture(world, view, browserTypeface, options);
  return new Blob([picture.svg], { type: 'image/svg+xml' });
}

export const PNG_SCALE = 2;

export async function exportPng(
  world: World,
  view: View,
  options: { width: number; lang: Lang; address: string | null },
): Promise<Blob> {
  const picture = await makePicture(world, view, browserTypeface, { ...options, outlines: true });
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = picture.width;
    image.height = picture.height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the picture could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = picture.width * PNG_SCALE;
    canvas.height = picture.height * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw a PNG');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name that says what the picture shows: `dprk-coalition-2017-09-labor_restriction.png`. */
export function exportName(view: View, ext: string, allCategories: number): string {
  const parts = ['dprk-coalition', view.date];
  if (view.lens !== 'kinds') parts.push(view.lens);
  if (view.compare) parts.push(`vs-${view.compare}`);
  if (view.resolution) parts.push(`unscr-${view.resolution}`);
  if (view.categories.length < allCategories)
    parts.push(view.categories.length === 0 ? 'none' : view.categories.join('+'));
  if (view.scope === 'autonomous') parts.push('autonomous');
  return `${parts.join('-')}.${ext}`;
}
