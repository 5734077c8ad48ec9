import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Month } from '../model/month';
import type { ActorId } from '../model/types';
import { loadedStore } from './testing';
import {
  HISTORY_COALESCE_MS,
  PLAY_URL_INTERVAL_MS,
  startUrlSync,
  type UrlSyncWindow,
} from './urlSync';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A window with just enough history, location and timers for the sync to drive. */
function fakeWindow(search: string, hash = '') {
  const entries = [search + hash];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: '/', hash, search };
  /** An entry is the URL after the path: its search and its fragment. */
  const show = (entry: string) => {
    const at = entry.indexOf('#');
    location.search = at < 0 ? entry : entry.slice(0, at);
    location.hash = at < 0 ? '' : entry.slice(at);
  };
  const go = (to: number) => {
    index = to;
    show(entries[index] ?? '');
    for (const l of listeners) l();
  };
  const win: UrlSyncWindow = {
    location,
    history: {
      pushState: (_: unknown, __: string, url?: string | URL | null) => {
        entries.splice(index + 1, entries.length, String(url).slice(1));
        index++;
        show(String(url).slice(1));
      },
      replaceState: (_: unknown, __: string, url?: string | URL | null) => {
        entries[index] = String(url).slice(1);
        show(String(url).slice(1));
      },
    },
    addEventListener: (_, l) => listeners.add(l),
    removeEventListener: (_, l) => listeners.delete(l),
    setTimeout: (f, ms) => globalThis.setTimeout(f, ms) as unknown as number,
    clearTimeout: (id) => globalThis.clearTimeout(id),
  };
  return { win, entries, back: () => go(index - 1) };
}

describe('URL sync', () => {
  it('writes the decoded view to the address bar at once, replacing bad parameters', () => {
    const store = loadedStore();
    const { win, entries } = fakeWindow('?date=bogus&foo=1&data=abc123def456');
    startUrlSync(store, win);
    expect(entries).toEqual(['?date=2016-03&measures=port_ban&data=abc123def456']);
  });

  it('pushes one entry per change, one per burst of steps, and Back restores views', () => {
    const store = loadedStore();
    const { win, entries, back } = fakeWindow('');
    startUrlSync(store, win);
    store.getState().openActor('JPN' as ActorId);
    for (let i = 0; i < 3; i++) {
      store.getState().stepDate(1);
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(HISTORY_COALESCE_MS);
    store.getState().toggleCategory('trade_ban');
    expect(entries).toEqual([
      '?date=2016-03&measures=port_ban&data=abc123def456',
      '?date=2016-03&measures=port_ban&country=JPN&data=abc123def456',
      '?date=2016-06&measures=port_ban&country=JPN&data=abc123def456',
      '?date=2016-06&measures=port_ban,trade_ban&country=JPN&data=abc123def456',
    ]);
    back();
    expect(store.getState().view.categories).toEqual(['port_ban']);
    back();
    expect(store.getState().view.date).toBe('2016-03');
    back();
    expect(store.getState().view.actor).toBeNull();
  });

  it('writes a burst of steps before a change that follows it at once', () => {
    const store = loadedStore();
    const { win, entries } = fakeWindow('');
    startUrlSync(store, win);
    store.getState().stepDate(1);
    store.getState().openActor('KOR' as ActorId);
    expect(entries).toEqual([
      '?date=2016-03&measures=port_ban&data=abc123def456',
      '?date=2016-04&measures=port_ban&data=abc123def456',
      '?date=2016-04&measures=port_ban&country=KOR&data=abc123def456',
    ]);
  });

  it('replaces the entry while playing, at most once a second', () => {
    const store = loadedStore();
    const { win, entries } = fakeWindow('');
    const replace = vi.spyOn(win.history, 'replaceState');
    startUrlSync(store, win);
    replace.mockClear();
    store.getState().setPlaying(true);
    for (let i = 0; i < 25; i++) {
      store.getState().stepDate(1);
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(PLAY_URL_INTERVAL_MS);
    expect(entries).toEqual(['?date=2018-04&measures=port_ban&data=abc123def456']);
    expect(replace.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('drops a pending write when Back is pressed', () => {
    const store = loadedStore();
    const { win, entries, back } = fakeWindow('');
    startUrlSync(store, win);
    store.getState().openActor('JPN' as ActorId);
    store.getState().stepDate(1);
    back();
    vi.advanceTimersByTime(HISTORY_COALESCE_MS * 2);
    expect(entries).toHaveLength(2);
    expect(store.getState().view).toMatchObject({ date: '2016-03', actor: null });
  });

  it('writes a transition as one entry with its destination, whatever months it passes', () => {
    const store = loadedStore();
    const { win, entries, back } = fakeWindow('');
    startUrlSync(store, win);
    const from = store.getState().view;
    store
      .getState()
      .moveTo(
        { ...from, date: '2016-08' as Month, highlight: ['JPN' as ActorId] },
        { story: 'rebirth', step: 2 },
      );
    const destination =
      '?date=2016-08&measures=port_ban&highlight=JPN&story=rebirth&step=2&data=abc123def456';
    expect(entries.at(-1)).toBe(destination);
    // The player moves the date month by month; none of those months is written.
    for (const date of ['2016-04', '2016-05', '2016-06', '2016-07', '2016-08'] as Month[]) {
      store.getState().setDate(date);
      vi.advanceTimersByTime(50);
    }
    store.getState().endGlide();
    vi.advanceTimersByTime(HISTORY_COALESCE_MS * 2);
    expect(entries).toEqual(['?date=2016-03&measures=port_ban&data=abc123def456', destination]);
    back();
    expect(store.getState().view).toEqual(from);
    expect(store.getState().chrome.story).toBeNull();
  });

  it('writes where the date is when someone stops a transition halfway', () => {
    const store = loadedStore();
    const { win, entries } = fakeWindow('');
    startUrlSync(store, win);
    store.getState().moveTo({ ...store.getState().view, date: '2016-12' as Month });
    store.getState().setDate('2016-05' as Month);
    store.getState().endGlide();
    vi.advanceTimersByTime(HISTORY_COALESCE_MS * 2);
    expect(entries.at(-1)).toBe('?date=2016-05&measures=port_ban&data=abc123def456');
  });

  it('keeps a measure fragment while its panel is open, and drops it when another opens', () => {
    const store = loadedStore();
    store.getState().openActor('JPN' as ActorId);
    const { win, entries } = fakeWindow('?country=JPN', '#jpn-a');
    startUrlSync(store, win);
    store.getState().stepDate(1);
    vi.advanceTimersByTime(HISTORY_COALESCE_MS);
    store.getState().openActor('KOR' as ActorId);
    store.getState().openActor(null);
    expect(entries).toEqual([
      '?date=2016-03&measures=port_ban&country=JPN&data=abc123def456#jpn-a',
      '?date=2016-04&measures=port_ban&country=JPN&data=abc123def456#jpn-a',
      '?date=2016-04&measures=port_ban&country=KOR&data=abc123def456',
      '?date=2016-04&measures=port_ban&data=abc123def456',
    ]);
  });
});
