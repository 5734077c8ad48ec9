import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../model/categories';
import type { Month } from '../model/month';
import type { Story } from '../model/story';
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

describe('the stories in the store', () => {
  const story: Story = {
    id: 'demo',
    title: 'Demo',
    summary: 'A demo.',
    steps: [
      { title: 'One', caption: 'One.', view: { date: '2016-02' as Month }, backing: ['jpn-a'] },
      {
        title: 'Two',
        caption: 'Two.',
        view: {
          date: '2017-06' as Month,
          categories: ['trade_ban'],
          highlight: ['KOR' as ActorId],
          lens: 'compare',
          compare: '2016-01' as Month,
        },
        backing: ['jpn-a'],
      },
    ],
  };

  it('opens a story on a step: the step view with defaults, the date gliding to it', () => {
    const store = loadedStore();
    store.getState().storiesLoaded([story]);
    store.getState().openStory('demo', 2);
    const s = store.getState();
    expect(s.chrome).toMatchObject({ story: 'demo', step: 2 });
    expect(s.view).toMatchObject({
      date: '2016-03',
      categories: ['trade_ban'],
      highlight: ['KOR'],
      lens: 'compare',
      compare: '2016-01',
      scope: 'all',
      actor: null,
    });
    expect(s.glide).toBe('2017-06');
  });

  it('clamps a step outside the story, and moves between steps', () => {
    const store = loadedStore();
    store.getState().storiesLoaded([story]);
    store.getState().openStory('demo', 7);
    expect(store.getState().chrome.step).toBe(2);
    store.getState().goToStep(1);
    expect(store.getState().chrome.step).toBe(1);
    // Every field a step leaves out is back at its default.
    expect(store.getState().view).toMatchObject({
      categories: CATEGORIES,
      highlight: [],
      lens: 'kinds',
    });
    expect(store.getState().glide).toBe('2016-02');
  });

  it('opens a permalink on its step at once, when the stories arrive', () => {
    const store = loadedStore();
    store.getState().setChrome({ story: 'demo', step: 2 });
    store.getState().storiesLoaded([story]);
    expect(store.getState().view).toMatchObject({ date: '2017-06', highlight: ['KOR'] });
    expect(store.getState().glide).toBeNull();
  });

  it('does nothing for a story it does not have, and closes a story with its outlines', () => {
    const store = loadedStore();
    store.getState().storiesLoaded([story]);
    const before = store.getState().view;
    store.getState().openStory('nope');
    expect(store.getState().view).toBe(before);
    expect(store.getState().chrome.story).toBeNull();
    store.getState().openStory('demo', 2);
    store.getState().closeStory();
    expect(store.getState().chrome).toMatchObject({ story: null, step: 1 });
    expect(store.getState().view.highlight).toEqual([]);
    expect(store.getState().view.categories).toEqual(['trade_ban']);
  });
});

describe('what a timeline step wakes', () => {
  it('stopping play when nothing plays notifies no one, so a step does not re-render twice', () => {
    const store = loadedStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.getState().setPlaying(false);
    expect(calls).toBe(0);
    store.getState().setPlaying(true);
    expect(calls).toBe(1);
    store.getState().setPlaying(false);
    expect(calls).toBe(2);
    expect(store.getState().playing).toBe(false);
    stop();
  });
});
