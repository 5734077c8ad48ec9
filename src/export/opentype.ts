import * as ns from 'opentype.js';

/**
 * opentype.js as one module in the browser and in Node: bundlers read its ES build (named
 * exports); Node loads its UMD build, whose exports arrive as the default export.
 */
type Lib = typeof ns;
const lib: Lib =
  'parse' in ns && typeof ns.parse === 'function'
    ? ns
    : (ns as unknown as { default: Lib }).default;

export const parse: Lib['parse'] = lib.parse;
export const Font: Lib['Font'] = lib.Font;
export const Glyph: Lib['Glyph'] = lib.Glyph;
export const Path: Lib['Path'] = lib.Path;
export type Font = ns.Font;
export type Glyph = ns.Glyph;
