import { describe, expect, it } from 'vitest';
import type { Month } from '../model/month';
import type { ActorId } from '../model/types';
import { selectFilterSet, selectStatuses } from './selectors';
import { loadedStore } from './testing';

describe('the store', () => {
  it('keeps the date inside the timeline', () => {
    const store = loadedStore();
    store.getState().setDate('2001-01' as Month);
    expect(store.getState().view.date).toBe('2006-07');
    store.getState().stepDate(-1);
    expect(store.getState().view.date).toBe('2006-07');
    store.getState().setDate('2040-01' as Month);
    expect(store.getState().view.date).toBe('2026-11');
  });

  it('keeps the filter in canonical order whatever the order of clicks', () => {
    const store = loadedStore();
    store.getState().toggleCategory('trade_ban');
    store.getState().toggleCategory('remittance_limit');
    expect(store.getState().view.measures).toEqual(['port_ban', 'remittance_limit', 'trade_ban']);
    store.getState().toggleCategory('port_ban');
    expect(store.getState().view.measures).toEqual(['remittance_limit', 'trade_ban']);
  });

  it('does not replace the view when nothing changed, so nothing re-renders', () => {
    const store = loadedStore();
    const before = store.getState().view;
    store.getState().setDate('2016-03' as Month);
    store.getState().selectCountry(null);
    expect(store.getState().view).toBe(before);
  });

  it('derives statuses from the view, memoised on date and filter', () => {
    const store = loadedStore();
    const first = selectStatuses(store.getState());
    expect(first.get('JPN' as ActorId)).toEqual({
      kind: 'member',
      research: 'researched',
      level: 1,
    });
    expect(selectStatuses(store.getState())).toBe(first);
    expect(selectFilterSet(store.getState())).toBe(selectFilterSet(store.getState()));
    store.getState().setDate('2016-01' as Month);
    expect(selectStatuses(store.getState()).get('JPN' as ActorId)).toEqual({
      kind: 'member',
      research: 'researched',
      level: 0,
    });
  });
});
