import { CATEGORIES, isCategory, normalizeCategories } from '../model/categories';
import { parseMonth } from '../model/month';
import type { ActorId } from '../model/types';
import { defaultView, sameMeasures, type View, type ViewContext } from './view';

/**
 * The View <-> query string codec. Values are legible (`date=2016-03&measures=port_ban`), so a
 * journalist can edit a link by hand. Decoding is total: it never throws, and each parameter
 * that is missing, malformed or unknown falls back to its own default, leaving the others be.
 *
 * Versions: links carry no `v` while the format is version 1. A future format writes `v=2` and
 * adds a migration below that rewrites version-1 parameters, so old links keep working.
 */
export const URL_VERSION = 1;

type Migration = (params: URLSearchParams) => URLSearchParams;
/** MIGRATIONS[n] turns version n+1 parameters into version n+2 ones. None yet. */
const MIGRATIONS: readonly Migration[] = [];

const MAX_PARAM_LENGTH = 500;
const NONE = 'none';

function param(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  return value === null || value.length > MAX_PARAM_LENGTH ? null : value;
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

export function decodeView(search: string, ctx: ViewContext): View {
  const fallback = defaultView(ctx);
  let params: URLSearchParams;
  try {
    params = migrate(new URLSearchParams(search));
  } catch {
    return fallback;
  }

  const dateText = param(params, 'date');
  const month = dateText === null ? null : parseMonth(dateText);
  const date = month && month >= ctx.minMonth && month <= ctx.maxMonth ? month : fallback.date;

  let measures = fallback.measures;
  const measuresText = param(params, 'measures');
  if (measuresText === NONE) measures = [];
  else if (measuresText !== null) {
    const chosen = normalizeCategories(measuresText.split(',').filter(isCategory));
    if (chosen.length > 0) measures = chosen;
  }

  const countryText = param(params, 'country')?.trim().toUpperCase() ?? null;
  const country =
    countryText !== null && /^([A-Z]{3}|EU|UN)$/.test(countryText) && ctx.isActor(countryText)
      ? (countryText as ActorId)
      : null;

  const embed = param(params, 'embed') === '1';

  return { date, measures, country, embed };
}

/** The shortest query string that decodes to `view` (the date is always written, so a link
 * made today shows the same month next year). */
export function encodeView(view: View): string {
  const params = new URLSearchParams();
  params.set('date', view.date);
  if (!sameMeasures(view.measures, CATEGORIES)) {
    params.set('measures', view.measures.length === 0 ? NONE : view.measures.join(','));
  }
  if (view.country !== null) params.set('country', view.country);
  if (view.embed) params.set('embed', '1');
  // URLSearchParams escapes the commas; they are safe in a query and easier to read bare.
  return `?${params.toString().replace(/%2C/g, ',')}`;
}
