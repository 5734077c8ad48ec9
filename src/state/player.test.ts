import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Month } from '../model/month';
import { startPlayer } from './player';
import { SPEED_MS } from './store';
import { loadedStore } from './testing';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

// Looked up on each call, so the fake timers installed by beforeEach are the ones used.
const timers = {
  setInterval: (f: () => void, ms: number) => globalThis.setInterval(f, ms),
  clearInterval: (id: number) => globalThis.clearInterval(id),
} as unknown as Window;

describe('the player', () => {
  it('advances one month per tick at the chosen speed, and stops on pause', () => {
    const store = loadedStore();
    const stop = startPlayer(store, timers);
    store.getState().setPlaying(true);
    vi.advanceTimersByTime(SPEED_MS.normal * 3);
    expect(store.getState().view.date).toBe('2016-06');
    store.getState().setSpeed('fast');
    vi.advanceTimersByTime(SPEED_MS.fast * 2);
    expect(store.getState().view.date).toBe('2016-08');
    store.getState().setPlaying(false);
    vi.advanceTimersByTime(SPEED_MS.slow * 5);
    expect(store.getState().view.date).toBe('2016-08');
    stop();
  });

  it('stops on the last month, and starts again from the first', () => {
    const store = loadedStore();
    const stop = startPlayer(store, timers);
    store.getState().setDate('2026-09' as Month);
    store.getState().setPlaying(true);
    vi.advanceTimersByTime(SPEED_MS.normal * 5);
    expect(store.getState().view.date).toBe('2026-11');
    expect(store.getState().playing).toBe(false);
    store.getState().setPlaying(true);
    expect(store.getState().view.date).toBe('2006-07');
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
