import { describe, expect, it } from 'vitest';
import type { Month } from '../model/month';
import type { ActorId } from '../model/types';
import { selectCategorySet, selectReading, selectShownHighlight } from './selectors';
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
    expect(store.getState().view.categories).toEqual(['port_ban', 'remittance_limit', 'trade_ban']);
    store.getState().toggleCategory('port_ban');
    expect(store.getState().view.categories).toEqual(['remittance_limit', 'trade_ban']);
  });

  it('does not replace the view when nothing changed, so nothing re-renders', () => {
    const store = loadedStore();
    const before = store.getState().view;
    store.getState().setDate('2016-03' as Month);
    store.getState().openActor(null);
    expect(store.getState().view).toBe(before);
  });

  it('derives the reading from the view, memoised on what the lens reads', () => {
    const store = loadedStore();
    const first = selectReading(store.getState());
    expect(first.states.get('JPN' as ActorId)).toEqual({
      kind: 'member',
      research: 'researched',
      level: 1,
      cls: 'k1',
    });
    expect(selectReading(store.getState())).toBe(first);
    // Opening a panel does not change the colours, so the reading is the same object.
    store.getState().openActor('JPN' as ActorId);
    expect(selectReading(store.getState())).toBe(first);
    expect(selectCategorySet(store.getState())).toBe(selectCategorySet(store.getState()));
    store.getState().setDate('2016-01' as Month);
    expect(selectReading(store.getState()).states.get('JPN' as ActorId)).toMatchObject({
      level: 0,
      cls: 'none',
    });
  });

  it('keeps a lens and its argument together', () => {
    const store = loadedStore();
    store.getState().setLens('compare', '2010-01');
    expect(store.getState().view).toMatchObject({ lens: 'compare', compare: '2010-01' });
    store.getState().setLens('basis');
    expect(store.getState().view).toMatchObject({ lens: 'basis', compare: null });
    store.getState().setLens('resolution');
    expect(store.getState().view.lens).toBe('kinds');
    store.getState().setLens('resolution', '2397');
    expect(store.getState().view).toMatchObject({ lens: 'resolution', resolution: '2397' });
  });

  it('notes a permalink made with another version of the data', () => {
    const store = loadedStore();
    expect(store.getState().stalePin).toBeNull();
    const { world, ctx } = store.getState().load as Extract<
      ReturnType<typeof store.getState>['load'],
      { status: 'ready' }
    >;
    store.getState().loaded(world, ctx, {
      view: store.getState().view,
      chrome: store.getState().chrome,
      dataVersion: '000000000000',
    });
    expect(store.getState().stalePin).toBe('000000000000');
    store.getState().dismissStalePin();
    expect(store.getState().stalePin).toBeNull();
  });

  it('shows a transient highlight over the view’s, without touching the view', () => {
    const store = loadedStore();
    store.getState().setHighlight(['KOR' as ActorId]);
    const view = store.getState().view;
    const members = ['JPN', 'KOR'] as ActorId[];
    store.getState().setTransientHighlight(members);
    expect(selectShownHighlight(store.getState())).toEqual(members);
    expect(store.getState().view).toBe(view);
    const shown = selectShownHighlight(store.getState());
    store.getState().setTransientHighlight(['JPN', 'KOR'] as ActorId[]);
    expect(selectShownHighlight(store.getState())).toBe(shown);
    store.getState().setTransientHighlight([]);
    expect(selectShownHighlight(store.getState())).toBe(view.highlight);
  });
});
