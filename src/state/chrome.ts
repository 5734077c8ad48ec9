import { LANGS, type Lang } from '../i18n/lang';

/**
 * How the page presents the view: the map, or the same view as a table. Chrome, not View: the
 * table is another way of showing one picture (the same date, filter, lens and reading), so an
 * export, a story step and the reading's memo key stay what they are, while a link still opens
 * on the tab it was made on (`tab=table`). An embed always shows the map.
 */
export const TABS = ['map', 'table'] as const;
export type Tab = (typeof TABS)[number];

/**
 * Page chrome: how the page around the picture looks, never what the picture shows. Kept apart
 * from the View so that a story step or an export carries none of it.
 */
export interface Chrome {
  /** Compact chrome for an iframe, which reports its height to the parent page. */
  readonly embed: boolean;
  /** The timeline under the map; an embed with `timeline=0` is a still snapshot. */
  readonly timeline: boolean;
  /** Presentation mode: full screen, big type, keys for a classroom. */
  readonly present: boolean;
  readonly lang: Lang;
  /** The map or the table. */
  readonly tab: Tab;
}

export const DEFAULT_CHROME: Chrome = {
  embed: false,
  timeline: true,
  present: false,
  lang: 'en',
  tab: 'map',
};

/** Chrome <-> URL parameters. Unknown or malformed values fall back to the default. */
export function decodeChrome(params: URLSearchParams): Chrome {
  const lang = params.get('lang');
  const tab = params.get('tab');
  return {
    embed: params.get('embed') === '1',
    timeline: params.get('timeline') !== '0',
    present: params.get('present') === '1',
    lang: (LANGS as readonly string[]).includes(lang ?? '') ? (lang as Lang) : DEFAULT_CHROME.lang,
    tab: (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : DEFAULT_CHROME.tab,
  };
}

export function encodeChrome(chrome: Chrome, params: URLSearchParams): void {
  if (chrome.embed) params.set('embed', '1');
  if (!chrome.timeline) params.set('timeline', '0');
  if (chrome.present) params.set('present', '1');
  if (chrome.lang !== DEFAULT_CHROME.lang) params.set('lang', chrome.lang);
  if (chrome.tab !== DEFAULT_CHROME.tab) params.set('tab', chrome.tab);
}
