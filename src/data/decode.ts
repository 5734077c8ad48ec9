/**
 * Tiny decoders for the one trust boundary: each takes an unknown value and its JSON path and
 * returns a typed value or throws a `DecodeFailure` naming the path and the reason. Hand-rolled
 * rather than a schema library in the bundle: the full JSON Schema check runs at build time
 * (`npm run check:data`), and this only has to keep malformed input out of the app, cheaply.
 */
export class DecodeFailure extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path || '/'}: ${reason}`);
  }
}

export type Decoder<T> = (value: unknown, path: string) => T;

/** Shows a value in an error message, shortened so a huge string cannot flood the page. */
export function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DecodeFailure(path, `expected an object, got ${preview(value)}`);
  }
  return value as Record<string, unknown>;
}

export const string: Decoder<string> = (value, path) => {
  if (typeof value !== 'string')
    throw new DecodeFailure(path, `expected text, got ${preview(value)}`);
  return value;
};

export const nonEmptyString: Decoder<string> = (value, path) => {
  const s = string(value, path);
  if (s.trim() === '') throw new DecodeFailure(path, 'is empty');
  return s;
};

export function oneOf<T extends string>(values: readonly T[]): Decoder<T> {
  return (value, path) => {
    if (typeof value === 'string' && (values as readonly string[]).includes(value))
      return value as T;
    throw new DecodeFailure(path, `${preview(value)} is not one of ${values.join(', ')}`);
  };
}

export function refined<T>(base: Decoder<T>, test: (v: T) => boolean, what: string): Decoder<T> {
  return (value, path) => {
    const v = base(value, path);
    if (!test(v)) throw new DecodeFailure(path, `${preview(v)} ${what}`);
    return v;
  };
}

export function array<T>(item: Decoder<T>): Decoder<T[]> {
  return (value, path) => {
    if (!Array.isArray(value))
      throw new DecodeFailure(path, `expected a list, got ${preview(value)}`);
    return value.map((v, i) => item(v, `${path}/${i}`));
  };
}

/** A list of at most `max` items, refused before any is decoded when it holds more. */
export function boundedArray<T>(item: Decoder<T>, max: number, what: string): Decoder<T[]> {
  const list = array(item);
  return (value, path) => {
    if (Array.isArray(value) && value.length > max) {
      throw new DecodeFailure(path, `holds ${value.length} ${what}; this app reads at most ${max}`);
    }
    return list(value, path);
  };
}

/**
 * Refuses two entries with one key: the ids the page tells things apart by (React keys, the
 * join to the map's shapes). Each entry is a key and the JSON path it came from.
 */
export function requireUnique(entries: Iterable<readonly [string, string]>, what: string): void {
  const seen = new Map<string, string>();
  for (const [key, path] of entries) {
    const first = seen.get(key);
    if (first !== undefined) {
      throw new DecodeFailure(path, `${what} ${preview(key)} appears twice (first at ${first})`);
    }
    seen.set(key, path);
  }
}

export function field<T>(
  obj: Record<string, unknown>,
  key: string,
  decode: Decoder<T>,
  path: string,
): T {
  if (!(key in obj)) throw new DecodeFailure(`${path}/${key}`, 'is missing');
  return decode(obj[key], `${path}/${key}`);
}

/** An optional field: absent gives undefined; present must decode. */
export function optional<T>(
  obj: Record<string, unknown>,
  key: string,
  decode: Decoder<T>,
  path: string,
): T | undefined {
  return obj[key] === undefined ? undefined : decode(obj[key], `${path}/${key}`);
}
