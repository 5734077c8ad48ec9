import { CATEGORIES, type Category } from '../model/categories';
import { compareSpan } from '../model/lenses/compare';
import type { Reading } from '../model/reading';
import type { Dataset } from '../model/types';
import type { View } from '../model/view';
import { formatMonth, formatPartialDate } from './formatDate';
import type { Lang } from './lang';
import type { Translate } from './t';

/**
 * The sentences that say what a picture shows, composed from its view: the title over an
 * embed and an export, the legend's heading, and the summary under the map. One composer, so
 * that every place a filtered map is shown names the filter the same way.
 */

/** Up to this many categories are named; more are counted. */
const NAMED_MAX = 3;

type Shape = 'all' | 'some' | 'many' | 'none';

function filterShape(categories: readonly Category[]): Shape {
  if (categories.length === 0) return 'none';
  if (categories.length === CATEGORIES.length) return 'all';
  return categories.length <= NAMED_MAX ? 'some' : 'many';
}

const lists = new Map<string, Intl.ListFormat>();
function orList(lang: Lang, items: readonly string[]): string {
  let f = lists.get(lang);
  if (!f) {
    f = new Intl.ListFormat(lang, { type: 'disjunction' });
    lists.set(lang, f);
  }
  return f.format(items);
}

/** "port bans or labour restrictions" (plural) / "a port ban or a labour restriction" (one). */
export function filterPhrase(
  categories: readonly Category[],
  form: 'plural' | 'one',
  t: Translate,
  lang: Lang,
): string {
  return orList(
    lang,
    categories.map((c) => t(form === 'plural' ? `categoryPlural.${c}` : `categoryOne.${c}`)),
  );
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "States with labour restrictions on the DPRK, September 2017". */
export function viewTitle(view: View, t: Translate, lang: Lang): string {
  const month = formatMonth(view.date, lang);
  const shape = filterShape(view.categories);
  const phrase = shape === 'some' ? filterPhrase(view.categories, 'plural', t, lang) : '';
  const count = view.categories.length;
  switch (view.lens) {
    case 'kinds':
      if (shape === 'none') return t('title.none', { month });
      return t(`title.kinds.${shape}.${view.scope}`, { month, phrase, count });
    case 'basis':
      return shape === 'all' || shape === 'none'
        ? t('title.basis.all', { month })
        : t('title.basis.filtered', {
            month,
            // The phrase opens the title here: "Port bans or trade bans: states that…".
            phrase: capitalise(phrase || t('title.kindsCount', { count })),
          });
    case 'resolution':
      return t('title.resolution', { month, resolution: view.resolution ?? '' });
    case 'joint':
      return t('title.joint', { month });
    case 'compare': {
      const { from, to } = compareSpan(view);
      const span = { from: formatMonth(from, lang), to: formatMonth(to, lang) };
      const scoped = view.scope === 'autonomous';
      if (shape === 'all')
        return t(scoped ? 'title.compare.all.autonomous' : 'title.compare.all', span);
      if (shape === 'none') return t('title.none', { month: `${span.from}–${span.to}` });
      return t(scoped ? 'title.compare.filtered.autonomous' : 'title.compare.filtered', {
        ...span,
        phrase: phrase || t('title.kindsCount', { count }),
      });
    }
  }
}

/** The summary under the map: "40 states had a labour restriction in force in December 2017." */
export function viewSummary(
  view: View,
  reading: Reading,
  dataset: Dataset,
  t: Translate,
  lang: Lang,
): string {
  const month = formatMonth(view.date, lang);
  const shape = filterShape(view.categories);
  const n = (cls: string) => reading.counts.get(cls) ?? 0;
  switch (view.lens) {
    case 'kinds': {
      if (shape === 'none') return t('summary.none');
      const phrase =
        shape === 'some'
          ? filterPhrase(view.categories, 'one', t, lang)
          : t(shape === 'all' ? 'summary.anyMeasure' : 'summary.kindsSelected', {
              count: view.categories.length,
            });
      return t(`summary.kinds.${view.scope}`, { count: reading.count, phrase, month });
    }
    case 'basis':
      return t('summary.basis', { autonomous: n('autonomous'), un: n('un'), month });
    case 'resolution': {
      const r = dataset.resolutions.find((x) => x.id === view.resolution);
      if (r && view.date < r.month) {
        return t('summary.resolution.before', {
          resolution: r.id,
          adopted: formatPartialDate(r.adopted, lang),
        });
      }
      return t('summary.resolution', {
        month,
        resolution: view.resolution ?? '',
        count: n('implemented'),
        noneFound: n('none-found'),
        notResearched: n('not-researched') + n('unresearched'),
      });
    }
    case 'joint':
      return t('summary.joint', { count: reading.count, month });
    case 'compare': {
      const { from, to } = compareSpan(view);
      if (shape === 'none') return t('summary.none');
      return t(view.scope === 'autonomous' ? 'summary.compare.autonomous' : 'summary.compare', {
        from: formatMonth(from, lang),
        to: formatMonth(to, lang),
        joined: n('joined'),
        left: n('left'),
        stayed: n('stayed'),
      });
    }
  }
}
