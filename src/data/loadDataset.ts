import { DecodeFailure } from './decode';

/**
 * What went wrong loading a file, in words a reader can act on: which file, where in it, why.
 * `kind` lets the interface choose its wording; `retryable` is false only for data that will
 * be just as broken on a second try.
 */
export interface LoadError {
  readonly kind: 'network' | 'timeout' | 'http' | 'parse' | 'invalid';
  readonly file: string;
  readonly path: string;
  readonly reason: string;
}

export class LoadFailure extends Error {
  constructor(readonly error: LoadError) {
    super(`${error.file}${error.path ? `: ${error.path}` : ''}: ${error.reason}`);
  }
}

/** `window.fetch`, or a stand-in for tests; the signal aborts a download that timed out. */
export type Fetcher = (url: string, init?: { readonly signal?: AbortSignal }) => Promise<Response>;

/**
 * Reads one of the page's files into what it holds, every failure a LoadFailure naming the file:
 * the shape of the dataset's and the map file's readers, here or in a worker.
 */
export type FileReader<T> = (
  url: string,
  file: string,
  fetcher: Fetcher,
  timeoutMs?: number,
) => Promise<T>;

/**
 * How long a file may take to arrive, headers and body, before the page gives up and offers a
 * retry: long enough for the 50m map on a slow mobile line, short enough that no reader waits
 * on "Loading" forever for a server that never answers.
 */
export const LOAD_TIMEOUT_MS = 15_000;

/**
 * Fetches a file and parses it as JSON, turning every failure into a named LoadFailure. A
 * download that takes longer than `timeoutMs` (headers and body together) is aborted.
 */
export async function fetchJson(
  url: string,
  file: string,
  fetcher: Fetcher,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<unknown> {
  return parseJsonText(await fetchBody(url, file, fetcher, (r) => r.text(), timeoutMs), file);
}

/**
 * Fetches a file's bytes, with fetchJson's failures and time-out: for a reader elsewhere (the
 * map's worker) that decodes and parses them with parseJsonText.
 */
export function fetchBytes(
  url: string,
  file: string,
  fetcher: Fetcher,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<ArrayBuffer> {
  return fetchBody(url, file, fetcher, (r) => r.arrayBuffer(), timeoutMs);
}

async function fetchBody<T>(
  url: string,
  file: string,
  fetcher: Fetcher,
  read: (response: Response) => Promise<T>,
  timeoutMs: number,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Raced with each step, so a fetcher that ignores the signal still gives up.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Rejected before the abort, which rejects the fetch itself: the race reports the timeout.
      reject(
        new LoadFailure({
          kind: 'timeout',
          file,
          path: '',
          reason: `no answer after ${+(timeoutMs / 1000).toFixed(2)} s`,
        }),
      );
      controller.abort();
    }, timeoutMs);
  });
  try {
    return await readBody(url, file, fetcher, read, controller.signal, deadline);
  } finally {
    clearTimeout(timer);
  }
}

async function readBody<T>(
  url: string,
  file: string,
  fetcher: Fetcher,
  read: (response: Response) => Promise<T>,
  signal: AbortSignal,
  deadline: Promise<never>,
): Promise<T> {
  let response: Response;
  try {
    response = await Promise.race([fetcher(url, { signal }), deadline]);
  } catch (e) {
    if (e instanceof LoadFailure) throw e;
    throw new LoadFailure({ kind: 'network', file, path: '', reason: errorText(e) });
  }
  if (!response.ok) {
    throw new LoadFailure({
      kind: 'http',
      file,
      path: '',
      reason: `the server answered ${response.status} ${response.statusText}`.trim(),
    });
  }
  try {
    return await Promise.race([read(response), deadline]);
  } catch (e) {
    if (e instanceof LoadFailure) throw e;
    throw new LoadFailure({ kind: 'network', file, path: '', reason: errorText(e) });
  }
}

/** A file's text as JSON, or a LoadFailure saying why it is not (empty, a web page, broken). */
export function parseJsonText(text: string, file: string): unknown {
  const start = text.trimStart();
  if (start === '') throw new LoadFailure({ kind: 'parse', file, path: '', reason: 'is empty' });
  // A host that answers a missing file with its index or error page, with status 200.
  if (start.startsWith('<')) {
    throw new LoadFailure({ kind: 'parse', file, path: '', reason: 'is a web page, not JSON' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new LoadFailure({
      kind: 'parse',
      file,
      path: '',
      reason: `is not valid JSON (${errorText(e)})`,
    });
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Fetches a JSON file and decodes it, naming the file and JSON path of any failure: an error the
 * decoder did not foresee (a TypeError on a shape it missed) still names the file.
 */
export async function loadDecoded<T>(
  url: string,
  file: string,
  fetcher: Fetcher,
  decode: (json: unknown) => T,
  timeoutMs?: number,
): Promise<T> {
  const json = await fetchJson(url, file, fetcher, timeoutMs);
  try {
    return decode(json);
  } catch (e) {
    throw asLoadFailure(e, file);
  }
}

/** Any error met while reading a file, as a LoadFailure that names the file. */
export function asLoadFailure(e: unknown, file: string): LoadFailure {
  if (e instanceof LoadFailure) return e;
  if (e instanceof DecodeFailure) {
    return new LoadFailure({ kind: 'invalid', file, path: e.path, reason: e.reason });
  }
  return new LoadFailure({ kind: 'invalid', file, path: '', reason: errorText(e) });
}
