import { LANGS, type Lang } from '../i18n/lang';

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
}

export const DEFAULT_CHROME: Chrome = { embed: false, timeline: true, present: false, lang: 'en' };

/** Chrome <-> URL parameters. Unknown or malformed values fall back to the default. */
export function decodeChrome(params: URLSearchParams): Chrome {
  const lang = params.get('lang');
  return {
    embed: params.get('embed') === '1',
    timeline: params.get('timeline') !== '0',
    present: params.get('present') === '1',
    lang: (LANGS as readonly string[]).includes(lang ?? '') ? (lang as Lang) : DEFAULT_CHROME.lang,
  };
}

export function encodeChrome(chrome: Chrome, params: URLSearchParams): void {
  if (chrome.embed) params.set('embed', '1');
  if (!chrome.timeline) params.set('timeline', '0');
  if (chrome.present) params.set('present', '1');
  if (chrome.lang !== DEFAULT_CHROME.lang) params.set('lang', chrome.lang);
}
