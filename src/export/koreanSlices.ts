import unicodeRanges from '@fontsource/noto-sans-kr/unicode.json';
import { parseUnicodeRange } from './unicodeRange';

/**
 * Noto Sans KR's numbered slices with the code points each holds (its Latin and Cyrillic
 * slices are Inter's work here). Its own module, loaded only when a picture has text Inter
 * cannot set, so an English export does not carry the table.
 */
export const KOREAN_SLICES: ReadonlyMap<string, readonly (readonly [number, number])[]> = new Map(
  Object.entries(unicodeRanges as Record<string, string>)
    .filter(([key]) => /^\[\d+\]$/.test(key))
    .map(([key, range]) => [key.slice(1, -1), parseUnicodeRange(range)] as const),
);
