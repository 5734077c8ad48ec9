/**
 * One thing wrong with the data, said in one line: file, JSON path, reason. An empty path is the
 * file as a whole (missing, not JSON); `/` would be its root value.
 */
export interface Problem {
  readonly file: string;
  readonly path: string;
  readonly reason: string;
}

export function formatProblem(p: Problem): string {
  const line = p.path === '' ? `${p.file}: ${p.reason}` : `${p.file}: ${p.path}: ${p.reason}`;
  return oneLine(line);
}

/**
 * Shows control and invisible characters as escapes, so that each problem stays on one line
 * whatever a file name, a key or a parser's message holds (a BOM, a line break in a snippet).
 */
function oneLine(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\u202a-\u202e\u2066-\u2069]/g,
    (c) => (c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

/** JSON Pointer escaping for keys that hold `/` or `~` (RFC 6901). */
export function pointer(...parts: (string | number)[]): string {
  return parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** A value shown inside a message, shortened so one huge string cannot flood the output. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
