import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFontFile } from '../../scripts/fontReader';
import { loadTypeface } from './fonts';
import { parse } from './opentype';
import { subsetFont } from './text';

/** The OpenType checksum of a span: its bytes summed as big-endian 32-bit words, zero-padded. */
function sum(bytes: Uint8Array): number {
  let total = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    const word =
      ((bytes[i] ?? 0) << 24) |
      ((bytes[i + 1] ?? 0) << 16) |
      ((bytes[i + 2] ?? 0) << 8) |
      (bytes[i + 3] ?? 0);
    total = (total + (word >>> 0)) >>> 0;
  }
  return total;
}

describe('subsetFont', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the same bytes whatever the clock says, and a font that still reads', async () => {
    const face = await loadTypeface(readFontFile);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-15T12:00:00Z'));
    const first = new Uint8Array(subsetFont(face.regular, 'Japan 2017', 'Test'));
    vi.setSystemTime(new Date('2031-03-01T08:30:07Z'));
    const later = new Uint8Array(subsetFont(face.regular, 'Japan 2017', 'Test'));
    expect(later).toEqual(first);
    const font = parse(first.buffer);
    expect(font.charToGlyph('J').index).toBeGreaterThan(0);
    // The checksums still hold: the whole font sums to the spec's magic number.
    expect(sum(first)).toBe(0xb1b0afba);
  });
});
