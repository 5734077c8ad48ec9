import { parse } from './opentype';
import type { Typeface } from './text';

/**
 * The exported pictures' typeface: Inter, the app's own font, in its static cuts (WOFF, which
 * opentype.js reads), latin first and latin-ext for the rest. The same files in the browser and
 * in Node, so a picture is set the same way by both.
 */
export const FONT_FILES = {
  regular: ['inter-latin-400-normal.woff', 'inter-latin-ext-400-normal.woff'],
  bold: ['inter-latin-700-normal.woff', 'inter-latin-ext-700-normal.woff'],
} as const;

export const EXPORT_FAMILY = 'Inter';

/** Reads a font file by name (fetch in the browser, the file system in Node). */
export type ReadFont = (file: string) => Promise<ArrayBuffer>;

export async function loadTypeface(read: ReadFont): Promise<Typeface> {
  const load = (files: readonly string[]) =>
    Promise.all(files.map(async (f) => parse(await read(f))));
  const [regular, bold] = await Promise.all([load(FONT_FILES.regular), load(FONT_FILES.bold)]);
  return { regular, bold, family: EXPORT_FAMILY };
}
