import type { View } from '../model/view';
import { decodeChrome, encodeChrome, type Chrome } from './chrome';
import type { ViewContext } from './viewContext';
import { defaultView, normalizeView, VIEW_FIELDS, VIEW_KEYS } from './viewFields';

/**
 * The URL <-> (View, Chrome, data version) codec. Values are legible
 * (`date=2016-03&measures=port_ban`), so a journalist can edit a link by hand. Decoding is
 * total: it never throws, and each parameter that is missing, malformed or unknown falls back to
 * its own default, leaving the others be. Every field goes through the table in viewFields.ts.
 *
 * `data=<version>` pins a link to the dataset it was made with: the app serves only its current
 * data, and says so when a link's version differs.
 *
 * Versions: links carry no `v` while the format is version 1. A future format writes `v=2` and
 * adds a migration below that rewrites version-1 parameters, so old links keep working.
 */
export const URL_VERSION = 1;
export const DATA_PARAM = 'data';

type Migration = (params: URLSearchParams) => URLSearchParams;
/** MIGRATIONS[n] turns version n+1 parameters into version n+2 ones. None yet. */
const MIGRATIONS: readonly Migration[] = [];

const MAX_PARAM_LENGTH = 500;

export interface DecodedUrl {
  readonly view: View;
  readonly chrome: Chrome;
  /** The data version the link was made with, if it names one. */
  readonly dataVersion: string | null;
}

function migrate(params: URLSearchParams): URLSearchParams {
  const v = Number(params.get('v') ?? '1');
  let version = Number.isInteger(v) && v >= 1 && v <= URL_VERSION ? v : 1;
  let current = params;
  while (version < URL_VERSION) {
    const step = MIGRATIONS[version - 1];
    if (!step) break;
    current = step(current);
    version++;
  }
  return current;
}

function readParams(search: string): URLSearchParams {
  try {
    const params = migrate(new URLSearchParams(search));
    for (const [key, value] of [...params]) {
      if (value.length > MAX_PARAM_LENGTH) params.delete(key);
    }
    return params;
  } catch {
    return new URLSearchParams();
  }
}

/** Decodes a view's fields from parameters: each one falls back on its own. */
export function decodeViewParams(params: URLSearchParams, ctx: ViewContext): View {
  const view = defaultView(ctx) as unknown as Record<keyof View, unknown>;
  for (const key of VIEW_KEYS) {
    const field = VIEW_FIELDS[key];
    const text = params.get(field.param);
    if (text === null) continue;
    const value = (field.decode as (t: string, c: ViewContext) => unknown)(text, ctx);
    if (value !== undefined) view[key] = value;
  }
  const decoded = view as unknown as View;
  // A lens argument alone implies its lens: `compare=2016-01` is the compare lens. A lens named
  // outright wins over an argument it does not use.
  const lensText = params.get(VIEW_FIELDS.lens.param);
  const lensGiven = lensText !== null && VIEW_FIELDS.lens.decode(lensText, ctx) !== undefined;
  if (!lensGiven && decoded.compare !== null) return normalizeView({ ...decoded, lens: 'compare' });
  if (!lensGiven && decoded.resolution !== null)
    return normalizeView({ ...decoded, lens: 'resolution' });
  return normalizeView(decoded);
}

export function decodeUrl(search: string, ctx: ViewContext): DecodedUrl {
  const params = readParams(search);
  const pin = params.get(DATA_PARAM);
  return {
    view: decodeViewParams(params, ctx),
    chrome: decodeChrome(params),
    dataVersion: pin !== null && /^[0-9a-f]{6,64}$/.test(pin) ? pin : null,
  };
}

/** The view's own parameters, in the table's order, defaults left out. */
export function encodeViewParams(view: View, params = new URLSearchParams()): URLSearchParams {
  for (const key of VIEW_KEYS) {
    const field = VIEW_FIELDS[key];
    const text = (field.encode as (v: unknown) => string | null)(view[key]);
    if (text !== null) params.set(field.param, text);
  }
  return params;
}

/** The shortest query string that decodes to this view, chrome and data version. */
export function encodeUrl(view: View, chrome: Chrome, dataVersion: string | null): string {
  const params = encodeViewParams(normalizeView(view));
  encodeChrome(chrome, params);
  if (dataVersion !== null) params.set(DATA_PARAM, dataVersion);
  // URLSearchParams escapes the commas; they are safe in a query and easier to read bare.
  return `?${params.toString().replace(/%2C/g, ',')}`;
}
