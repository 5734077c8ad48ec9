import { formatMonth, formatPartialDate } from '../i18n/formatDate';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/t';
import { viewSummary, viewTitle } from '../i18n/title';
import { legendFilter, legendHeading, legendLabel } from '../i18n/legend';
import type { World } from '../map/prepare';
import type { SceneLegendItem } from '../map/scene';
import type { Reading } from '../model/reading';
import type { View } from '../model/view';

/** Every word an exported picture shows, composed from the view like the page's own. */
export interface PictureTexts {
  readonly title: string;
  readonly subtitle: string;
  readonly date: string;
  readonly legendHeading: string;
  readonly legendFilter: string | null;
  readonly legendLabels: readonly string[];
  readonly source: string;
  readonly credit: string;
  readonly version: string;
}

export function pictureTexts(
  world: World,
  view: View,
  reading: Reading,
  legend: readonly SceneLegendItem[],
  lang: Lang,
  address: string | null,
): PictureTexts {
  const t = translator(lang);
  const { dataset } = world;
  return {
    title: viewTitle(view, t, lang),
    subtitle: viewSummary(view, reading, dataset, t, lang),
    date: formatMonth(view.date, lang),
    legendHeading: legendHeading(t, lang, view),
    legendFilter: legendFilter(t, lang, view),
    legendLabels: legend.map((item) => legendLabel(t, item)),
    source: t('export.source'),
    credit: address ? t('export.creditAt', { address }) : t('export.credit'),
    version: t('export.version', {
      version: dataset.version,
      date: formatPartialDate(dataset.updated, lang),
    }),
  };
}
