import { messageOf } from './catalog';
import type { MessageKey } from './messages/en';
import type { Lang } from './lang';

export type { Lang } from './lang';

export type Params = Readonly<Record<string, string | number>>;

/** One of a thing per language, made when first asked for and kept. */
function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) {
      value = make(lang);
      made.set(lang, value);
    }
    return value;
  };
}

// Building either costs about a millisecond: too much to pay at every plural of every step.
const pluralRules = perLang((lang) => new Intl.PluralRules(lang));
const numberFormat = perLang((lang) => new Intl.NumberFormat(lang));

const formatNumber = (lang: Lang, n: number) => numberFormat(lang).format(n);
const pluralCategory = (lang: Lang, n: number) => pluralRules(lang).select(n);

/**
 * Fills `{name}` slots, and ICU-style plurals `{count, plural, one {# state} other {# states}}`
 * (`#` is the number; the language's plural rules choose the branch, `other` when it has no
 * branch of its own). A missing value leaves the slot visible rather than inventing text.
 */
export function interpolate(template: string, params: Params = {}, lang: Lang = 'en'): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += slot(template.slice(open + 1, close), params, lang, template.slice(open, close + 1));
    i = close + 1;
  }
  return out + template.slice(i);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

function slot(inner: string, params: Params, lang: Lang, whole: string): string {
  const plural = /^(\w+),\s*plural,(.*)$/s.exec(inner);
  if (!plural) return inner in params ? String(params[inner]) : whole;
  const name = plural[1] ?? '';
  const value = params[name];
  if (typeof value !== 'number') return whole;
  const branches = new Map<string, string>();
  const re = /(=?\w+)\s*\{/g;
  const body = plural[2] ?? '';
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const start = m.index + m[0].length - 1;
    const end = matchingBrace(body, start);
    if (end < 0) break;
    branches.set(m[1] ?? '', body.slice(start + 1, end));
    re.lastIndex = end + 1;
  }
  const branch =
    branches.get(`=${value}`) ??
    branches.get(pluralCategory(lang, value)) ??
    branches.get('other') ??
    '';
  return interpolate(branch.replace(/#/g, formatNumber(lang, value)), params, lang);
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return interpolate(messageOf(lang, key), params, lang);
}

export type Translate = (key: MessageKey, params?: Params) => string;

const translators = new Map<Lang, Translate>();

/** The translator for a language, the same function each time (so it can be a memo's input). */
export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) {
    t = (key, params) => translate(lang, key, params);
    translators.set(lang, t);
  }
  return t;
}
