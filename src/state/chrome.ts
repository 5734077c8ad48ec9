import { LANGS, type Lang } from '../i18n/lang';
import { parseMonth, type Month } from '../model/month';

/**
 * How the page presents the view: the map, or the same view as a table. Chrome, not View: the
 * table is another way of showing one picture (the same date, filter, lens and reading), so an
 * export, a story step and the reading's memo key stay what they are, while a link still opens
 * on the tab it was made on (`tab=table`). An embed always shows the map.
 */
export const TABS = ['map', 'table'] as const;
export type Tab = (typeof TABS)[number];

/**
 * How fast play moves, as the time each month is shown: a class reads the map at 2 s or 1 s a
 * month; 0.25 s (the default) shows a decade in half a minute; the fastest is for a glance.
 */
export const SPEEDS = ['2s', '1s', '0.5s', '0.25s', '0.1s', '0.04s'] as const;
export type Speed = (typeof SPEEDS)[number];
/** Milliseconds per month while playing. */
export const SPEED_MS: Record<Speed, number> = {
  '2s': 2000,
  '1s': 1000,
  '0.5s': 500,
  '0.25s': 250,
  '0.1s': 100,
  '0.04s': 40,
};

/**
 * Page chrome: how the page around the picture looks and plays, never what the picture shows.
 * Kept apart from the View so that a story step, an export or a picture's identity carries
 * none of it. Play settings (speed, range, pausing at events) and the story being told are
 * chrome for that reason: two readers on the same view with different speeds see the same
 * picture; yet they travel in the URL, so a teacher's link opens with the class's settings.
 *
 * | field         | URL                 | default        |
 * |---------------|---------------------|----------------|
 * | embed         | `embed=1`           | off            |
 * | timeline      | `timeline=0`        | shown          |
 * | present       | `present=1`         | off            |
 * | lang          | `lang=ko`           | en             |
 * | speed         | `speed=1s`          | 0.25s          |
 * | playFrom/To   | `from=2016-01&to=2019-12` | the whole timeline |
 * | pauseAtEvents | `pause=events`      | off            |
 * | story, step   | `story=rebirth&step=3` | none        |
 * | tab           | `tab=table`         | map            |
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
  readonly speed: Speed;
  /** Play runs over these months; an open end is the timeline's own. */
  readonly playFrom: Month | null;
  readonly playTo: Month | null;
  /** Play pauses on each month the timeline marks an event in. */
  readonly pauseAtEvents: boolean;
  /** The story being told, by id (`data/stories/<id>.json`), and its step, from 1. */
  readonly story: string | null;
  readonly step: number;
}

export const DEFAULT_CHROME: Chrome = {
  embed: false,
  timeline: true,
  present: false,
  lang: 'en',
  tab: 'map',
  speed: '0.25s',
  playFrom: null,
  playTo: null,
  pauseAtEvents: false,
  story: null,
  step: 1,
};

const STORY_ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_STEP = 99;

function oneOf<T extends string>(values: readonly T[], text: string | null, fallback: T): T {
  return (values as readonly string[]).includes(text ?? '') ? (text as T) : fallback;
}

/** The play range: a bad month leaves its end open, and an inverted range is no range. */
function playRange(params: URLSearchParams): { playFrom: Month | null; playTo: Month | null } {
  const from = parseMonth(params.get('from') ?? '');
  const to = parseMonth(params.get('to') ?? '');
  return from !== null && to !== null && from > to
    ? { playFrom: null, playTo: null }
    : { playFrom: from, playTo: to };
}

/** Chrome <-> URL parameters. Unknown or malformed values fall back to the default, alone. */
export function decodeChrome(params: URLSearchParams): Chrome {
  const storyText = params.get('story');
  const story = storyText !== null && STORY_ID_RE.test(storyText) ? storyText : null;
  const stepText = params.get('step') ?? '';
  const step = /^\d{1,2}$/.test(stepText) ? Number(stepText) : 0;
  return {
    embed: params.get('embed') === '1',
    timeline: params.get('timeline') !== '0',
    present: params.get('present') === '1',
    lang: oneOf(LANGS, params.get('lang'), DEFAULT_CHROME.lang),
    tab: oneOf(TABS, params.get('tab'), DEFAULT_CHROME.tab),
    speed: oneOf(SPEEDS, params.get('speed'), DEFAULT_CHROME.speed),
    ...playRange(params),
    pauseAtEvents: params.get('pause') === 'events',
    story,
    step: story !== null && step >= 1 && step <= MAX_STEP ? step : DEFAULT_CHROME.step,
  };
}

export function encodeChrome(chrome: Chrome, params: URLSearchParams): void {
  if (chrome.embed) params.set('embed', '1');
  if (!chrome.timeline) params.set('timeline', '0');
  if (chrome.present) params.set('present', '1');
  if (chrome.lang !== DEFAULT_CHROME.lang) params.set('lang', chrome.lang);
  if (chrome.tab !== DEFAULT_CHROME.tab) params.set('tab', chrome.tab);
  if (chrome.speed !== DEFAULT_CHROME.speed) params.set('speed', chrome.speed);
  if (chrome.playFrom !== null) params.set('from', chrome.playFrom);
  if (chrome.playTo !== null) params.set('to', chrome.playTo);
  if (chrome.pauseAtEvents) params.set('pause', 'events');
  if (chrome.story !== null) {
    params.set('story', chrome.story);
    params.set('step', String(chrome.step));
  }
}
