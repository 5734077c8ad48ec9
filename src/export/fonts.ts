import { parse, type Font } from './opentype';
import type { FontStack, Typeface } from './text';
import { slicesFor } from './unicodeRange';

/**
 * The exported pictures' typeface: Inter, the app's own font, in its static cuts (WOFF, which
 * opentype.js reads), latin first and latin-ext for the rest; then, for characters Inter lacks
 * (Korean), the slices of Noto Sans KR that hold them, as the page's stylesheet has the browser
 * choose them by unicode-range. The same files in the browser and in Node, so a picture is set
 * the same way by both.
 */
export const FONT_FILES = {
  regular: ['inter-latin-400-normal.woff', 'inter-latin-ext-400-normal.woff'],
  bold: ['inter-latin-700-normal.woff', 'inter-latin-ext-700-normal.woff'],
} as const;

export const EXPORT_FAMILY = 'Inter';

const WEIGHTS = { regular: 400, bold: 700 } as const;

/** The Noto Sans KR file of a slice at a weight, as @fontsource/noto-sans-kr names it. */
export const koreanFontFile = (slice: string, weight: 'regular' | 'bold') =>
  `noto-sans-kr-${slice}-${WEIGHTS[weight]}-normal.woff`;

/** Reads a font file by name (fetch in the browser, the file system in Node). */
export type ReadFont = (file: string) => Promise<ArrayBuffer>;

/** Whether a stack has a real glyph (not .notdef) for a character. */
function covers(stack: FontStack, char: string): boolean {
  return stack.some((font) => font.charToGlyph(char).index !== 0);
}

/**
 * A typeface for pictures of any text: `typefaceFor(text)` gives Inter with the slices of Noto
 * Sans KR the text needs. Each file is read and parsed once, however many pictures use it.
 */
export function fontLoader(read: ReadFont): (text: string) => Promise<Typeface> {
  const parsed = new Map<string, Promise<Font>>();
  const font = (file: string) => {
    let p = parsed.get(file);
    if (!p) {
      p = read(file).then(parse);
      p.catch(() => parsed.delete(file));
      parsed.set(file, p);
    }
    return p;
  };
  const stack = (files: readonly string[]) => Promise.all(files.map(font));
  return async (text) => {
    const [regular, bold] = await Promise.all([stack(FONT_FILES.regular), stack(FONT_FILES.bold)]);
    const missing = [...new Set(text)].filter(
      (c) => c.trim() !== '' && !(covers(regular, c) && covers(bold, c)),
    );
    if (missing.length === 0) return { regular, bold, family: EXPORT_FAMILY };
    const { KOREAN_SLICES } = await import('./koreanSlices');
    const slices = slicesFor(KOREAN_SLICES, missing);
    const [koRegular, koBold] = await Promise.all([
      stack(slices.map((s) => koreanFontFile(s, 'regular'))),
      stack(slices.map((s) => koreanFontFile(s, 'bold'))),
    ]);
    return {
      regular: [...regular, ...koRegular],
      bold: [...bold, ...koBold],
      family: EXPORT_FAMILY,
    };
  };
}

/** The typeface for Latin text alone (or for `text`, when given). */
export function loadTypeface(read: ReadFont, text = ''): Promise<Typeface> {
  return fontLoader(read)(text);
}
