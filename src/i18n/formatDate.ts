import { utcDate } from '../model/dateBounds';
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

// Formatting is slow next to everything else a timeline step does, and the same few hundred
// months and dates come back again and again: remember each one.
const monthTexts = new Map<string, string>();
const dateTexts = new Map<string, string>();

/** "March 2016". */
export function formatMonth(month: Month, lang: Lang): string {
  const key = `${lang}|${month}`;
  let text = monthTexts.get(key);
  if (text === undefined) {
    const [y, m] = month.split('-').map(Number);
    text = cached(monthFormats, lang, { year: 'numeric', month: 'long' }).format(
      utcDate(y ?? 1970, m ?? 1, 1),
    );
    monthTexts.set(key, text);
  }
  return text;
}

const monthNameFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A month's name alone ("March"), for choosers that give the year apart. */
export function formatMonthName(month: number, lang: Lang): string {
  return cached(monthNameFormats, lang, { month: 'long' }).format(utcDate(2000, month, 1));
}

/** A partial date in words at its own precision: "2016", "February 2016", "10 February 2016". */
export function formatPartialDate(text: string, lang: Lang): string {
  const key = `${lang}|${text}`;
  let out = dateTexts.get(key);
  if (out === undefined) {
    out = formatPartialDateUncached(text, lang);
    dateTexts.set(key, out);
  }
  return out;
}

function formatPartialDateUncached(text: string, lang: Lang): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  switch (precisionOf(d)) {
    case 'year':
      return String(d.year);
    case 'month':
      return cached(monthFormats, lang, { year: 'numeric', month: 'long' }).format(
        utcDate(d.year, d.month ?? 1, 1),
      );
    case 'day':
      return cached(dayFormats, lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(
        utcDate(d.year, d.month ?? 1, d.day ?? 1),
      );
  }
}
