// opentype.js 2 ships no types; the export code uses these parts of it.
declare module 'opentype.js' {
  export class Path {
    commands: unknown[];
    toPathData(decimalPlaces?: number): string;
  }
  export class Glyph {
    constructor(options: {
      name?: string;
      unicode?: number;
      unicodes?: number[];
      advanceWidth?: number;
      path: Path;
    });
    index: number;
    name: string | null;
    unicode: number | undefined;
    unicodes: number[];
    advanceWidth: number | undefined;
    path: Path;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export class Font {
    constructor(options: {
      familyName: string;
      styleName: string;
      unitsPerEm: number;
      ascender: number;
      descender: number;
      glyphs: Glyph[];
    });
    unitsPerEm: number;
    ascender: number;
    descender: number;
    glyphs: { get(index: number): Glyph; length: number };
    charToGlyph(char: string): Glyph;
    getKerningValue(left: Glyph, right: Glyph): number;
    toArrayBuffer(): ArrayBuffer;
  }
  export function parse(buffer: ArrayBuffer): Font;
}
