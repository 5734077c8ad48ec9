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
  return p.path === '' ? `${p.file}: ${p.reason}` : `${p.file}: ${p.path}: ${p.reason}`;
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
