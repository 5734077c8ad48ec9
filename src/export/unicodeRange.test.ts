import { describe, expect, it } from 'vitest';
import { parseUnicodeRange, slicesFor } from './unicodeRange';

describe('parseUnicodeRange', () => {
  it.each([
    ['U+20-7e', [[0x20, 0x7e]]],
    ['U+ac00', [[0xac00, 0xac00]]],
    [
      'U+d,U+48, U+ac10-ac15',
      [
        [0xd, 0xd],
        [0x48, 0x48],
        [0xac10, 0xac15],
      ],
    ],
    ['U+4??', [[0x400, 0x4ff]]],
    ['nonsense,U+41', [[0x41, 0x41]]],
  ])('%s', (text, spans) => {
    expect(parseUnicodeRange(text)).toEqual(spans);
  });
});

describe('slicesFor', () => {
  const slices = new Map([
    ['1', parseUnicodeRange('U+ac00-ac10')],
    ['2', parseUnicodeRange('U+b000-b010,U+41')],
    ['3', parseUnicodeRange('U+c000')],
  ]);
  it.each([
    ['', []],
    ['\uac00', ['1']],
    ['\uac05\ub001A', ['1', '2']],
    ['xyz', []],
    ['\uc000\uc000', ['3']],
  ])('%j needs %j', (text, names) => {
    expect(slicesFor(slices, text)).toEqual(names);
  });
});
