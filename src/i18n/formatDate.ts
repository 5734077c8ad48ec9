import { parsePartialDate, precisionOf } from '../model/partialDate';
import type { Month } from '../model/month';
import type { Lang } from './t';

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();
const dayFormats = new Map<Lang, Intl.DateTimeFormat>();

function cached(
  map: Map<Lang, Intl.DateTimeFormat>,
  lang: Lang,
  options: Intl.DateTimeFormatOptions,
) {
  let f = map.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    map.set(lang, f);
  }
  return f;
}

/** "March 2016". */
export function formatMonth(month: Month, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  return cached(monthFormats, lang, { year: 'numeric', month: 'long' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)),
  );
}

/** A partial date in words at its own precision: "2016", "February 2016", "10 February 2016". */
export function formatPartialDate(text: string, lang: Lang): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  switch (precisionOf(d)) {
    case 'year':
      return String(d.year);
    case 'month':
      return cached(monthFormats, lang, { year: 'numeric', month: 'long' }).format(
        new Date(Date.UTC(d.year, (d.month ?? 1) - 1, 1)),
      );
    case 'day':
      return cached(dayFormats, lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(
        new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1)),
      );
  }
}
