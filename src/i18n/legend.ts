import { CATEGORIES } from '../model/categories';
import { compareSpan } from '../model/lenses/compare';
import { lensReadsScope, type Lens, type View } from '../model/view';
import type { SceneLegendItem } from '../map/scene';
import { formatMonth } from './formatDate';
import type { MessageKey } from './messages/en';
import type { Lang } from './lang';
import { filterPhrase } from './title';
import type { Translate } from './t';

/** A legend entry in words: "2", "5 or more", "Left", "Not in the dataset". */
export function legendLabel(t: Translate, item: SceneLegendItem): string {
  if (item.lens === null) return t(`legend.${item.cls}` as MessageKey);
  if (item.single) return t('legend.kinds.inForce');
  if ((item.lens === 'kinds' || item.lens === 'joint') && (item.level ?? 0) > 0) {
    return t(item.orMore ? `legend.${item.lens}.levelPlus` : `legend.${item.lens}.level`, {
      level: item.level ?? 0,
    });
  }
  return t(`legend.${item.lens}.${item.cls}` as MessageKey);
}

/** A state's class under a lens in words, as its legend entry says it: "3", "Joined", "None in force". */
export function classLabel(t: Translate, lens: Lens, cls: string, level: number): string {
  if (cls === 'unresearched') return t('legend.unresearched');
  if ((lens === 'kinds' || lens === 'joint') && level > 0)
    return t(`legend.${lens}.level`, { level });
  return t(`legend.${lens}.${cls}` as MessageKey);
}

/** The legend's heading: what the colours count, under the lens and its argument. */
export function legendHeading(t: Translate, lang: Lang, view: View): string {
  switch (view.lens) {
    case 'kinds': {
      const [only] = view.categories;
      if (view.categories.length === 1 && only)
        return t('legend.kinds.one', { category: t(`category.${only}`) });
      return view.categories.length === CATEGORIES.length
        ? t('legend.kinds')
        : t('legend.kinds.filtered', { count: view.categories.length });
    }
    case 'resolution':
      return t('legend.resolution', { resolution: view.resolution ?? '' });
    case 'compare': {
      const { from, to } = compareSpan(view);
      return t('legend.compare', { from: formatMonth(from, lang), to: formatMonth(to, lang) });
    }
    default:
      return t(`legend.${view.lens}`);
  }
}

/**
 * Which measures the colours count, when the filter or the scope leaves some out; null when
 * they count all. The joint lens counts joint actions, not measures, so it names neither.
 */
export function legendFilter(t: Translate, lang: Lang, view: View): string | null {
  if (view.lens === 'joint') return null;
  const parts: string[] = [];
  const one = view.lens === 'kinds' && view.categories.length === 1; // the heading names it
  if (view.categories.length === 0) parts.push(t('summary.none'));
  else if (view.categories.length !== CATEGORIES.length && !one)
    parts.push(t('legend.showing', { phrase: filterPhrase(view.categories, 'plural', t, lang) }));
  if (lensReadsScope(view.lens) && view.scope === 'autonomous')
    parts.push(t('legend.scope.autonomous'));
  if (parts.length === 0) return null;
  // "Measures shown: port bans; only those beyond what the UN required", or the scope alone.
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
