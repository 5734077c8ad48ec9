/**
 * What a text from the data may hold, for the data check and the runtime decoder alike: the page
 * shows it as text, and these are the characters that would still break it there. A control
 * character (NUL, a tab, a line break) has no place in a one-paragraph field and can end a CSV
 * cell or a log line early; a bidirectional override reverses how the rest reads ("napaJ"); a
 * lone surrogate is no character at all; a text of only invisible characters is a blank option
 * in the state list. One function, so the two checks cannot drift apart.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

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
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    const char = bad[0];
    const at = `at character ${bad.index + 1}`;
    if (char.length === 1 && /[\ud800-\udfff]/.test(char)) {
      return `holds a broken character (a lone surrogate, ${codePoint(char)}) ${at}`;
    }
    return /[\u202a-\u202e\u2066-\u2069]/.test(char)
      ? `holds a bidirectional control (${codePoint(char)}) ${at}, which can reverse how the text reads`
      : `holds a control character (${codePoint(char)}) ${at}`;
  }
  if (text !== '' && !VISIBLE.test(text)) return 'holds only invisible characters';
  return null;
}
