import { addMonths, clampMonth, monthFromIndex, monthIndex, type Month } from '../model/month';
import type { TimelineEvent } from '../model/types';
import { SPEED_MS, type Chrome } from './chrome';
import type { AppState, AppStore } from './store';

/** The months play runs over: `start` is where it begins, `end` where it stops. */
export interface PlaySpan {
  readonly start: Month;
  readonly end: Month;
}

/** The chosen range within the timeline; an open end, or a range outside it, is the timeline's. */
export function playSpan(
  chrome: Pick<Chrome, 'playFrom' | 'playTo'>,
  min: Month,
  max: Month,
): PlaySpan {
  const start = clampMonth(chrome.playFrom ?? min, min, max);
  const end = clampMonth(chrome.playTo ?? max, min, max);
  return start < end ? { start, end } : { start: min, end: max };
}

/** Where pressing play begins: here, if inside the range and before its end; else its start. */
export function playStart(date: Month, span: PlaySpan): Month {
  return date >= span.start && date < span.end ? date : span.start;
}

/**
 * One tick of play: the next month, and whether play goes on after it. It stops on the range's
 * end, and pauses on arriving at a month in `pauses` (the months with an event, if asked).
 */
export function playTick(
  date: Month,
  span: PlaySpan,
  pauses: ReadonlySet<Month> | null,
): { readonly date: Month; readonly playing: boolean } {
  if (date >= span.end) return { date, playing: false };
  const next = addMonths(date, 1);
  return { date: next, playing: next < span.end && !(pauses?.has(next) ?? false) };
}

/** A transition takes this long per month of distance, within the bounds below. */
export const GLIDE_MS_PER_MONTH = 40;
export const GLIDE_MIN_MS = 300;
export const GLIDE_MAX_MS = 900;

export function glideDuration(from: Month, to: Month): number {
  const months = Math.abs(monthIndex(to) - monthIndex(from));
  return Math.min(GLIDE_MAX_MS, Math.max(GLIDE_MIN_MS, months * GLIDE_MS_PER_MONTH));
}

/**
 * The month a transition from `from` to `to` shows `elapsed` ms in: eased in and out, so the
 * map settles on the destination; each month it passes is painted like a timeline step.
 */
export function glideMonth(from: Month, to: Month, elapsed: number): Month {
  const t = Math.min(1, Math.max(0, elapsed / glideDuration(from, to)));
  const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
  const a = monthIndex(from);
  return monthFromIndex(a + Math.round((monthIndex(to) - a) * eased));
}

/** The timers the player runs on: the window's, or fakes in tests. */
export interface PlayerTimers {
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  /** Calls back before the next paint, with the frame's time in ms (requestAnimationFrame). */
  requestFrame(callback: (time: number) => void): number;
  cancelFrame(id: number): void;
}

const windowTimers = (): PlayerTimers => ({
  setInterval: (f, ms) => window.setInterval(f, ms),
  clearInterval: (id) => window.clearInterval(id),
  requestFrame: (f) => window.requestAnimationFrame(f),
  cancelFrame: (id) => window.cancelAnimationFrame(id),
});

const eventMonthSets = new WeakMap<readonly TimelineEvent[], ReadonlySet<Month>>();
function eventMonths(events: readonly TimelineEvent[]): ReadonlySet<Month> {
  let set = eventMonthSets.get(events);
  if (!set) {
    set = new Set(events.map((e) => e.month));
    eventMonthSets.set(events, set);
  }
  return set;
}

function spanOf(s: AppState): PlaySpan | null {
  return s.load.status === 'ready'
    ? playSpan(s.chrome, s.load.ctx.minMonth, s.load.ctx.maxMonth)
    : null;
}

/**
 * Drives time: while `playing`, one month per tick at the chosen speed over the chosen range,
 * stopping at its end and, if asked, pausing at each event; pressing play outside the range or
 * at its end starts from its beginning. While a transition is set (`glide`), moves the date to
 * it month by month, one per painted frame at most; a date set by anyone else ends it. Lives
 * outside React so a re-render can never double a timer. Returns a function that stops it.
 */
export function startPlayer(store: AppStore, timers: PlayerTimers = windowTimers()): () => void {
  let interval: number | null = null;
  let frame: number | null = null;

  const tick = () => {
    const s = store.getState();
    const span = spanOf(s);
    if (!span || s.load.status !== 'ready') return s.setPlaying(false);
    const pauses = s.chrome.pauseAtEvents ? eventMonths(s.load.world.dataset.events) : null;
    const next = playTick(s.view.date, span, pauses);
    s.setDate(next.date);
    if (!next.playing) s.setPlaying(false);
  };

  const syncPlay = () => {
    const { playing, chrome } = store.getState();
    if (interval !== null) timers.clearInterval(interval);
    interval = playing ? timers.setInterval(tick, SPEED_MS[chrome.speed]) : null;
  };

  const syncGlide = () => {
    if (frame !== null) timers.cancelFrame(frame);
    frame = null;
    const s = store.getState();
    const to = s.glide;
    if (to === null) return;
    const from = s.view.date;
    let shown = from;
    let began: number | null = null;
    const step = (time: number) => {
      frame = null;
      const now = store.getState();
      if (now.glide !== to) return;
      // Someone else moved the date (a key, the slider): they take over.
      if (now.view.date !== shown) return now.endGlide();
      began ??= time;
      shown = glideMonth(from, to, time - began);
      now.setDate(shown);
      if (shown === to) return store.getState().endGlide();
      frame = timers.requestFrame(step);
    };
    frame = timers.requestFrame(step);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.glide !== prev.glide) syncGlide();
    if (s.playing === prev.playing && s.chrome.speed === prev.chrome.speed) return;
    if (s.playing && !prev.playing) {
      const span = spanOf(s);
      if (span) s.setDate(playStart(s.view.date, span));
    }
    syncPlay();
  });
  return () => {
    unsubscribe();
    if (interval !== null) timers.clearInterval(interval);
    if (frame !== null) timers.cancelFrame(frame);
  };
}
