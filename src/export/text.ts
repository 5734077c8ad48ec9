import { Font, Glyph, Path } from './opentype';

/**
 * Text for exported pictures, set with the app's own font files (opentype.js), so that the
 * browser and Node measure, wrap and draw it the same way: as text with the font's used glyphs
 * embedded, or as outlines for print programs that ignore embedded fonts.
 */

/** One weight of a typeface: its fonts in fallback order (latin, then latin-ext...). */
export type FontStack = readonly Font[];

export interface Typeface {
  readonly regular: FontStack;
  readonly bold: FontStack;
  /** The name the exported SVG gives each weight in its @font-face rules. */
  readonly family: string;
}

interface Placed {
  readonly font: Font;
  readonly glyph: Glyph;
}

/** The glyph for a character from the first font that has one (index 0 is .notdef). */
function place(stack: FontStack, char: string): Placed | null {
  for (const font of stack) {
    const glyph = font.charToGlyph(char);
    if (glyph.index !== 0) return { font, glyph };
  }
  const first = stack[0];
  return first ? { font: first, glyph: first.charToGlyph(char) } : null;
}

/** Each character's glyph and x position, kerned within a font, at a size in px. */
function layout(stack: FontStack, text: string, size: number) {
  const out: { placed: Placed; x: number }[] = [];
  let x = 0;
  let prev: Placed | null = null;
  for (const char of text) {
    const placed = place(stack, char);
    if (!placed) continue;
    const scale = size / placed.font.unitsPerEm;
    if (prev && prev.font === placed.font)
      x += placed.font.getKerningValue(prev.glyph, placed.glyph) * scale;
    out.push({ placed, x });
    x += (placed.glyph.advanceWidth ?? 0) * scale;
    prev = placed;
  }
  return { glyphs: out, width: x };
}

/** The characters of a text (spaces aside) that no font of the stack has: drawn as .notdef. */
export function missingGlyphs(stack: FontStack, text: string): string[] {
  return [...new Set(text)].filter(
    (c) => c.trim() !== '' && (place(stack, c)?.glyph.index ?? 0) === 0,
  );
}

export function measureText(stack: FontStack, text: string, size: number): number {
  return layout(stack, text, size).width;
}

/** The text's outlines as one SVG path, its baseline starting at (x, y). */
export function textOutline(stack: FontStack, text: string, x: number, y: number, size: number) {
  return layout(stack, text, size)
    .glyphs.map(({ placed, x: dx }) => placed.glyph.getPath(x + dx, y, size).toPathData(2))
    .join('');
}

/** Greedy word wrap to a width; a word longer than the line is broken where it must be. */
export function wrapText(stack: FontStack, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureText(stack, candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (measureText(stack, rest, size) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measureText(stack, rest.slice(0, cut), size) > maxWidth) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A font holding only the glyphs `text` uses (and .notdef), as an OpenType file: what an exported
 * SVG embeds, so its text stays text (searchable, editable) and still looks the same.
 */
export function subsetFont(stack: FontStack, text: string, familyName: string): ArrayBuffer {
  const base = stack[0];
  if (!base) throw new Error('no font to subset');
  const glyphs: Glyph[] = [
    new Glyph({ name: '.notdef', advanceWidth: base.unitsPerEm / 2, path: new Path() }),
  ];
  const seen = new Set<string>();
  for (const char of text) {
    if (seen.has(char)) continue;
    seen.add(char);
    const placed = place(stack, char);
    const code = char.codePointAt(0);
    if (!placed || code === undefined || placed.glyph.index === 0) continue;
    const scale = base.unitsPerEm / placed.font.unitsPerEm;
    glyphs.push(
      new Glyph({
        name: placed.glyph.name ?? `u${code.toString(16)}`,
        unicode: code,
        advanceWidth: (placed.glyph.advanceWidth ?? 0) * scale,
        path: scale === 1 ? placed.glyph.path : placed.glyph.getPath(0, 0, base.unitsPerEm),
      }),
    );
  }
  const buffer = new Font({
    familyName,
    styleName: 'Regular',
    unitsPerEm: base.unitsPerEm,
    ascender: base.ascender,
    descender: base.descender,
    glyphs,
  }).toArrayBuffer();
  return withFixedTimestamps(buffer);
}

const HEAD = 0x68656164; // 'head'
/** The font's created and modified dates: 2006-01-01, in seconds since 1904 (OpenType's epoch). */
const FIXED_TIME = 3_219_177_600;

/** The OpenType checksum of a span of bytes: their sum as big-endian 32-bit words, zero-padded. */
function checksum(view: DataView, offset: number, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i += 4) {
    let word = 0;
    for (let j = 0; j < 4; j++) {
      word = (word << 8) | (i + j < length ? view.getUint8(offset + i + j) : 0);
    }
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

/**
 * opentype.js stamps the moment it writes a font into the font's `head` table, so the same
 * picture made a second later would differ. This sets both dates to a fixed one and mends the
 * table's checksum and the font's checksum adjustment, as the OpenType spec computes them.
 */
function withFixedTimestamps(buffer: ArrayBuffer): ArrayBuffer {
  const view = new DataView(buffer);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (view.getUint32(record) !== HEAD) continue;
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    // created at +20 and modified at +28, each a 64-bit count of seconds.
    for (const at of [offset + 20, offset + 28]) {
      view.setUint32(at, 0);
      view.setUint32(at + 4, FIXED_TIME);
    }
    view.setUint32(offset + 8, 0);
    view.setUint32(record + 4, checksum(view, offset, length));
    view.setUint32(offset + 8, (0xb1b0afba - checksum(view, 0, buffer.byteLength)) >>> 0);
  }
  return buffer;
}
