/**
 * What a text from the data may hold, for the data check and the runtime decoder alike: the page
 * shows it as text, and these are the characters that would still break it there. A control
 * character (NUL, a tab, a line break) has no place in a one-paragraph field and can end a CSV
 * cell or a log line early; a bidirectional override reverses how the rest reads ("napaJ"); a
 * lone surrogate is no character at all; a text of only invisible characters is a blank option
 * in the state list. One function, so the two checks cannot drift apart.
 */
// Controls, bidirectional controls and surrogates; a surrogate that is half of a pair is skipped
// by firstForbidden. No lookbehind: Safari before 16.4 cannot parse it, and this runs in the page.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/g;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The index of the first forbidden character, or -1. */
function firstForbidden(text: string): number {
  FORBIDDEN.lastIndex = 0;
  for (let m = FORBIDDEN.exec(text); m !== null; m = FORBIDDEN.exec(text)) {
    if (isHigh(text.charCodeAt(m.index)) && isLow(text.charCodeAt(m.index + 1))) {
      FORBIDDEN.lastIndex = m.index + 2;
      continue;
    }
    return m.index;
  }
  return -1;
}

/**
 * A character a reader can see: not a space, a format character (zero-width space and joiners,
 * the byte order mark), a control, a combining mark alone, nor one of the blanks that Unicode
 * files as letters or symbols (the Hangul fillers, the blank braille pattern).
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}\p{M}\u115f\u1160\u3164\uffa0\u2800]/u;

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a text is refused, in words for a message; null when it may be shown. */
export function textProblem(text: string, maxLength: number): string | null {
  if (text.length > maxLength) {
    return `is ${text.length} characters long; the most this field may hold is ${maxLength}`;
  }
  const at = firstForbidden(text);
  if (at >= 0) {
    const code = text.charCodeAt(at);
    const where = `at character ${at + 1}`;
    const name = codePoint(text.charAt(at));
    if (isHigh(code) || isLow(code)) {
      return `holds a broken character (a lone surrogate, ${name}) ${where}`;
    }
    return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
      ? `holds a bidirectional control (${name}) ${where}, which can reverse how the text reads`
      : `holds a control character (${name}) ${where}`;
  }
  if (text !== '' && !VISIBLE.test(text)) return 'holds only invisible characters';
  return null;
}
