/** A CSS unicode-range as inclusive code point spans: "U+20-7e,U+ac00" -> [[0x20, 0x7e], [0xac00, 0xac00]]. */
export function parseUnicodeRange(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const part of text.split(',')) {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) continue;
    const [, from = '', to] = m;
    // "U+4??" is a wildcard range: U+400 to U+4FF.
    const lo = parseInt(from.replace(/\?/g, '0'), 16);
    const hi = to !== undefined ? parseInt(to, 16) : parseInt(from.replace(/\?/g, 'f'), 16);
    spans.push([lo, hi]);
  }
  return spans;
}

export function inRange(spans: readonly (readonly [number, number])[], code: number): boolean {
  return spans.some(([lo, hi]) => code >= lo && code <= hi);
}

/**
 * Which of a font's slices (by name, each with its unicode-range) hold the characters of a text:
 * what a browser does with @font-face rules split by unicode-range, done by hand for exports.
 */
export function slicesFor(
  slices: ReadonlyMap<string, readonly (readonly [number, number])[]>,
  chars: Iterable<string>,
): string[] {
  const needed = new Set<string>();
  for (const char of chars) {
    const code = char.codePointAt(0);
    if (code === undefined) continue;
    for (const [name, spans] of slices) {
      if (inRange(spans, code)) {
        needed.add(name);
        break;
      }
    }
  }
  return [...needed];
}
