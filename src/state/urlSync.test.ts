import { describe, expect, it } from 'vitest';
import type { Month } from '../model/month';
import type { ActorId } from '../model/types';
import { loadedStore } from './testing';
import { HISTORY_COALESCE_MS, startUrlSync } from './urlSync';

/** A window with just enough history and location for the sync to drive. */
function fakeWindow(search: string) {
  const entries = [search];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: '/', hash: '', search };
  const go = (to: number) => {
    index = to;
    location.search = entries[index] ?? '';
    for (const l of listeners) l();
  };
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) => {
        entries.splice(index + 1, entries.length, url.slice(1));
        index++;
        location.search = url.slice(1);
      },
      replaceState: (_: unknown, __: string, url: string) => {
        entries[index] = url.slice(1);
        location.search = url.slice(1);
      },
    },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  return { win: win as unknown as Window, entries, back: () => go(index - 1), location };
}

describe('URL sync', () => {
  it('writes the decoded view to the address bar at once, replacing bad parameters', () => {
    const store = loadedStore();
    const { win, entries } = fakeWindow('?date=bogus&foo=1');
    startUrlSync(store, win, () => 0);
    expect(entries).toEqual(['?date=2016-03&measures=port_ban']);
  });

  it('pushes one entry per change, coalescing bursts of steps, and Back restores views', () => {
    const store = loadedStore();
    const { win, entries, back } = fakeWindow('');
    let now = 0;
    startUrlSync(store, win, () => now);
    store.getState().selectCountry('JPN' as ActorId);
    now += 5000;
    store.getState().stepDate(1);
    now += 100;
    store.getState().stepDate(1);
    now += 100;
    store.getState().stepDate(1);
    now += HISTORY_COALESCE_MS + 1;
    store.getState().toggleCategory('trade_ban');
    expect(entries).toEqual([
      '?date=2016-03&measures=port_ban',
      '?date=2016-03&measures=port_ban&country=JPN',
      '?date=2016-06&measures=port_ban&country=JPN',
      '?date=2016-06&measures=port_ban,trade_ban&country=JPN',
    ]);
    back();
    expect(store.getState().view.measures).toEqual(['port_ban']);
    back();
    expect(store.getState().view.date).toBe('2016-03');
    back();
    expect(store.getState().view.country).toBeNull();
  });

  it('replaces rather than pushes while playing', () => {
    const store = loadedStore();
    const { win, entries } = fakeWindow('');
    let now = 0;
    startUrlSync(store, win, () => now);
    store.getState().setPlaying(true);
    for (let i = 0; i < 5; i++) {
      now += 10_000;
      store.getState().setDate(`2016-0${4 + i}` as Month);
    }
    expect(entries).toEqual(['?date=2016-08&measures=port_ban']);
  });
});
