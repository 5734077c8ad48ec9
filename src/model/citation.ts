import { parsePartialDate } from './partialDate';
import type { Author } from './types';

/**
 * Citations of the dataset, or of one measure in it, in the four forms readers ask for. Pure
 * text from plain data: the authors, title and version the dataset names, and the address of
 * what is cited (the view's permalink, or the measure's). The wording is each style's own
 * (English, as the styles are written), so it does not go through the interface's messages.
 */

export const CITATION_FORMATS = ['apa', 'chicago', 'bibtex', 'csl'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export interface Citable {
  readonly authors: readonly Author[];
  /** The dataset's title. */
  readonly title: string;
  /** The dataset's version: the content hash the footer shows. */
  readonly version: string;
  /** When the data was last updated, `YYYY-MM-DD` (or coarser). */
  readonly updated: string;
  /** The address of what is cited. */
  readonly url: string;
  /** A part of the dataset cited within it: a measure, by a title and its id. */
  readonly part?: { readonly title: string; readonly id: string };
}

export function citation(format: CitationFormat, c: Citable): string {
  return FORMATS[format](c);
}

const FORMATS: Record<CitationFormat, (c: Citable) => string> = {
  apa,
  chicago,
  bibtex,
  csl: cslJson,
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function dateParts(updated: string): number[] {
  const d = parsePartialDate(updated);
  if (!d) return [];
  return [d.year, ...(d.month ? [d.month] : []), ...(d.day ? [d.day] : [])];
}

/** "December 2, 2026", "December 2026", "2026": as precise as the date is. */
function longDate(updated: string): string {
  const [year, month, day] = dateParts(updated);
  if (year === undefined) return updated;
  const name = month === undefined ? undefined : MONTHS[month - 1];
  if (!name) return String(year);
  return day === undefined ? `${name} ${year}` : `${name} ${day}, ${year}`;
}

const year = (updated: string) => String(dateParts(updated)[0] ?? 'n.d.');

/** A sentence ends once: a title that ends in a stop takes no second one. */
const stop = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
const bare = (text: string) => text.replace(/[.\s]+$/, '');

/** "J.", "J.-P.", "J. A.": APA's initials of given names. */
function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((p) => `${p.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
}

/** "A, B, and C" (Chicago) or "A, B, & C" (APA); two are joined without a comma in Chicago. */
function joinNames(names: readonly string[], and: '&' | 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2)
    return and === '&' ? `${names[0]}, & ${names[1]}` : `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, ${and} ${names[names.length - 1]}`;
}

function apa(c: Citable): string {
  const authors = joinNames(
    c.authors.map((a) => ('name' in a ? a.name : `${a.family}, ${initials(a.given)}`)),
    '&',
  );
  const dataset = `${bare(c.title)} (Version ${c.version}) [Data set]`;
  const what = c.part ? `${bare(c.part.title)} [Measure ${c.part.id}]. In ${dataset}` : dataset;
  return `${stop(authors)} (${year(c.updated)}). ${what}. ${c.url}`;
}

function chicago(c: Citable): string {
  const authors = joinNames(
    c.authors.map((a, i) =>
      'name' in a ? a.name : i === 0 ? `${a.family}, ${a.given}` : `${a.given} ${a.family}`,
    ),
    'and',
  );
  const updated = `Updated ${longDate(c.updated)}`;
  const what = c.part
    ? `“${stop(bare(c.part.title))}” Measure ${c.part.id}. In ${bare(c.title)}, version ${c.version}`
    : `${bare(c.title)}. Version ${c.version}`;
  return `${stop(authors)} ${what}. ${updated}. ${c.url}.`;
}

/** Text for a BibTeX field: its special characters escaped, so LaTeX prints them. */
function tex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${ch}`;
    }
  });
}

function bibtex(c: Citable): string {
  const authors = c.authors
    .map((a) => ('name' in a ? `{${tex(a.name)}}` : `${tex(a.family)}, ${tex(a.given)}`))
    .join(' and ');
  const key = c.part ? `${c.part.id}-${c.version}` : `dprk-sanctions-coalition-${c.version}`;
  const note = `Data set, version ${c.version}, updated ${longDate(c.updated)}`;
  const fields: [string, string][] = [
    ['author', authors],
    // Double braces keep the title's capitals as written.
    ['title', `{${tex(bare(c.part ? c.part.title : c.title))}}`],
    ...(c.part ? ([['howpublished', `In: ${tex(bare(c.title))}`]] as [string, string][]) : []),
    ['year', year(c.updated)],
    ['note', c.part ? `Measure ${tex(c.part.id)}. ${note}` : note],
    // The url field is verbatim in biblatex and the url package: written as it is.
    ['url', c.url],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}

function cslJson(c: Citable): string {
  const parts = dateParts(c.updated);
  const item = {
    id: c.part ? c.part.id : `dprk-sanctions-coalition-${c.version}`,
    type: 'dataset',
    title: bare(c.part ? c.part.title : c.title),
    ...(c.part && { 'container-title': bare(c.title), number: c.part.id }),
    author: c.authors.map((a) =>
      'name' in a ? { literal: a.name } : { family: a.family, given: a.given },
    ),
    ...(parts.length > 0 && { issued: { 'date-parts': [parts] } }),
    version: c.version,
    URL: c.url,
  };
  return JSON.stringify([item], null, 2);
}
