import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Month } from '../model/month';
import type { TimelineEvent } from '../model/types';
import { SPEED_MS } from './chrome';
import {
  glideDuration,
  glideMonth,
  playSpan,
  playStart,
  playTick,
  startPlayer,
  type PlayerTimers,
} from './player';
import { loadedStore } from './testing';

const m = (text: string) => text as Month;
const MIN = m('2006-07');
const MAX = m('2026-11');

describe('the play range', () => {
  it.each([
    [{ playFrom: null, playTo: null }, ['2006-07', '2026-11']],
    [{ playFrom: m('2016-01'), playTo: m('2019-12') }, ['2016-01', '2019-12']],
    [{ playFrom: m('2016-01'), playTo: null }, ['2016-01', '2026-11']],
    [{ playFrom: null, playTo: m('2010-06') }, ['2006-07', '2010-06']],
    // Ends outside the timeline are its ends; an empty or inverted range is the whole timeline.
    [{ playFrom: m('2001-01'), playTo: m('2040-01') }, ['2006-07', '2026-11']],
    [{ playFrom: m('2016-05'), playTo: m('2016-05') }, ['2006-07', '2026-11']],
    [{ playFrom: m('2018-01'), playTo: m('2016-01') }, ['2006-07', '2026-11']],
  ] as const)('%j runs over %j', (chrome, [start, end]) => {
    expect(playSpan(chrome, MIN, MAX)).toEqual({ start, end });
  });

  it.each([
    ['2017-03', '2017-03'],
    ['2016-01', '2016-01'],
    ['2015-12', '2016-01'],
    ['2019-12', '2016-01'],
    ['2022-01', '2016-01'],
  ] as const)('play pressed at %s begins at %s', (date, start) => {
    expect(playStart(m(date), { start: m('2016-01'), end: m('2019-12') })).toBe(start);
  });

  const span = { start: m('2016-01'), end: m('2016-04') };
  const pauses = new Set([m('2016-03')]);
  it.each([
    ['2016-01', null, { date: '2016-02', playing: true }],
    ['2016-03', null, { date: '2016-04', playing: false }],
    ['2016-04', null, { date: '2016-04', playing: false }],
    ['2016-02', pauses, { date: '2016-03', playing: false }],
    // Leaving an event's month goes on.
    ['2016-03', pauses, { date: '2016-04', playing: false }],
    ['2016-01', pauses, { date: '2016-02', playing: true }],
  ] as const)('a tick from %s (pauses %o) gives %j', (date, at, next) => {
    expect(playTick(m(date), span, at)).toEqual(next);
  });
});

describe('a transition', () => {
  it.each([
    ['2016-01', '2016-02', 300],
    ['2016-01', '2016-12', 440],
    ['2016-12', '2016-01', 440],
    ['2016-01', '2019-12', 900],
  ] as const)('from %s to %s takes %i ms', (from, to, ms) => {
    expect(glideDuration(m(from), m(to))).toBe(ms);
  });

  it('eases from one month to the other, and ends on it', () => {
    const months = [0, 55, 110, 220, 330, 385, 440, 1000].map((t) =>
      glideMonth(m('2016-01'), m('2016-12'), t),
    );
    expect(months).toEqual([
      '2016-01',
      '2016-01',
      '2016-02',
      '2016-07',
      '2016-11',
      '2016-12',
      '2016-12',
      '2016-12',
    ]);
    expect(glideMonth(m('2016-12'), m('2016-01'), 220)).toBe('2016-07');
  });
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const FRAME_MS = 16;
// Looked up on each call, so the fake timers installed by beforeEach are the ones used.
const timers: PlayerTimers = {
  setInterval: (f, ms) => globalThis.setInterval(f, ms) as unknown as number,
  clearInterval: (id) => globalThis.clearInterval(id),
  requestFrame: (f) => globalThis.setTimeout(() => f(Date.now()), FRAME_MS) as unknown as number,
  cancelFrame: (id) => globalThis.clearTimeout(id),
};

function event(id: string, month: string): TimelineEvent {
  return {
    id,
    date: month,
    month: m(month),
    kind: 'other',
    title: id,
    description: '',
    sources: [],
  };
}

/** The test store, with events on the timeline. */
function storeWithEvents(...events: TimelineEvent[]) {
  const store = loadedStore();
  const load = store.getState().load;
  if (load.status !== 'ready') throw new Error('not loaded');
  const world = { ...load.world, dataset: { ...load.world.dataset, events } };
  store.setState({ load: { ...load, world } });
  return store;
}

describe('the player', () => {
  it('advances one month per tick at the chosen speed, and stops on pause', () => {
    const store = loadedStore();
    const stop = startPlayer(store, timers);
    store.getState().setPlaying(true);
    vi.advanceTimersByTime(SPEED_MS['0.25s'] * 3);
    expect(store.getState().view.date).toBe('2016-06');
    store.getState().setSpeed('2s');
    vi.advanceTimersByTime(SPEED_MS['2s'] * 2);
    expect(store.getState().view.date).toBe('2016-08');
    store.getState().setPlaying(false);
    vi.advanceTimersByTime(SPEED_MS['2s'] * 5);
    expect(store.getState().view.date).toBe('2016-08');
    stop();
  });

  it('stops on the last month, and starts again from the first', () => {
    const store = loadedStore();
    const stop = startPlayer(store, timers);
    store.getState().setDate(m('2026-09'));
    store.getState().setPlaying(true);
    vi.advanceTimersByTime(SPEED_MS['0.25s'] * 5);
    expect(store.getState().view.date).toBe('2026-11');
    expect(store.getState().playing).toBe(false);
    store.getState().setPlaying(true);
    expect(store.getState().view.date).toBe('2006-07');
    stop();
  });

  it('plays over the chosen range, from its start, and stops at its end', () => {
    const store = loadedStore();
    const stop = startPlayer(store, timers);
    store.getState().setChrome({ playFrom: m('2017-01'), playTo: m('2017-04'), speed: '1s' });
    store.getState().setPlaying(true);
    expect(store.getState().view.date).toBe('2017-01');
    vi.advanceTimersByTime(SPEED_MS['1s'] * 2);
    expect(store.getState().view.date).toBe('2017-03');
    expect(store.getState().playing).toBe(true);
    vi.advanceTimersByTime(SPEED_MS['1s'] * 10);
    expect(store.getState().view.date).toBe('2017-04');
    expect(store.getState().playing).toBe(false);
    stop();
  });

  it('pauses at each event when asked, and goes on from there', () => {
    const store = storeWithEvents(event('a', '2016-05'), event('b', '2016-07'));
    const stop = startPlayer(store, timers);
    store.getState().setChrome({ pauseAtEvents: true });
    store.getState().setPlaying(true);
    vi.advanceTimersByTime(SPEED_MS['0.25s'] * 5);
    expect(store.getState().view.date).toBe('2016-05');
    expect(store.getState().playing).toBe(false);
    store.getState().setPlaying(true);
    expect(store.getState().view.date).toBe('2016-05');
    vi.advanceTimersByTime(SPEED_MS['0.25s'] * 5);
    expect(store.getState().view.date).toBe('2016-07');
    expect(store.getState().playing).toBe(false);
    // Without the option, events do not stop play.
    store.getState().setChrome({ pauseAtEvents: false });
    store.getState().setPlaying(true);
    vi.advanceTimersByTime(SPEED_MS['0.25s'] * 3);
    expect(store.getState().view.date).toBe('2016-10');
    stop();
  });

  it('leaves no timer running once stopped', () => {
    const store = loadedStore();
    const stop = startPlayer(store, timers);
    store.getState().setPlaying(true);
    stop();
    vi.advanceTimersByTime(10_000);
    expect(store.getState().view.date).toBe('2016-03');
  });
});

describe('the player in a transition', () => {
  it('glides the date to the destination month by month, the rest at once', () => {
    const store = loadedStore();
    const stop = startPlayer(store, timers);
    const seen: string[] = [];
    store.subscribe((s) => {
      if (seen.at(-1) !== s.view.date) seen.push(s.view.date);
    });
    const target = {
      ...store.getState().view,
      date: m('2016-09'),
      categories: ['trade_ban' as const],
    };
    store.getState().moveTo(target, { story: 'rebirth', step: 2 });
    expect(store.getState().view.categories).toEqual(['trade_ban']);
    expect(store.getState().view.date).toBe('2016-03');
    expect(store.getState().chrome).toMatchObject({ story: 'rebirth', step: 2 });
    vi.advanceTimersByTime(glideDuration(m('2016-03'), m('2016-09')) + FRAME_MS * 3);
    expect(store.getState().view.date).toBe('2016-09');
    expect(store.getState().glide).toBeNull();
    // Every month passed once, in order, none skipped at this distance.
    expect(seen).toEqual([
      '2016-03',
      '2016-04',
      '2016-05',
      '2016-06',
      '2016-07',
      '2016-08',
      '2016-09',
    ]);
    stop();
  });

  it('gives way when someone else moves the date', () => {
    const store = loadedStore();
    const stop = startPlayer(store, timers);
    store.getState().moveTo({ ...store.getState().view, date: m('2019-12') });
    vi.advanceTimersByTime(FRAME_MS * 10);
    store.getState().setDate(m('2010-01'));
    vi.advanceTimersByTime(2000);
    expect(store.getState().view.date).toBe('2010-01');
    expect(store.getState().glide).toBeNull();
    stop();
  });

  it('stops gliding when play is pressed', () => {
    const store = loadedStore();
    const stop = startPlayer(store, timers);
    store.getState().moveTo({ ...store.getState().view, date: m('2019-12') });
    store.getState().setPlaying(true);
    expect(store.getState().glide).toBeNull();
    stop();
  });
});
