import { describe, expect, it } from 'vitest';
import { loadWorld } from '../../scripts/world';
import { CATEGORIES } from '../model/categories';
import { readView } from '../model/lens';
import type { Month } from '../model/month';
import type { ActorId } from '../model/types';
import type { View } from '../model/view';
import { buildScene, paintFor } from './scene';
import { classFill, STANDARD_STYLE } from './style';

const world = loadWorld(undefined, new Date('2026-11-15T12:00:00Z'));
const view = (over: Partial<View>): View => ({
  date: '2017-12' as Month,
  categories: CATEGORIES,
  scope: 'all',
  lens: 'kinds',
  compare: null,
  resolution: null,
  actor: null,
  highlight: [],
  focus: 'world',
  ...over,
});
const VIEWS: View[] = [
  view({}),
  view({ date: '2009-01' as Month }),
  view({ categories: ['labor_restriction'], date: '2017-09' as Month }),
  view({ lens: 'basis', date: '2016-03' as Month }),
  view({ lens: 'compare', compare: '2016-01' as Month, date: '2018-01' as Month }),
  view({ lens: 'joint', date: '2025-01' as Month }),
  view({ lens: 'resolution', resolution: '2397', date: '2019-12' as Month }),
];

describe('the scene', () => {
  it.each(VIEWS.map((v) => [`${v.lens} ${v.date} ${v.categories.length}`, v] as const))(
    'is a pure function of geometry and reading (%s)',
    (_, v) => {
      const a = buildScene(world.geometry, readView(world.dataset, v));
      const b = buildScene(world.geometry, readView(world.dataset, v));
      expect(b).toEqual(a);
      expect(a.shapes.length).toBeGreaterThanOrEqual(190);
    },
  );

  it.each(VIEWS.map((v) => [`${v.lens} ${v.date}`, v] as const))(
    'paints each state as the app paints it (%s)',
    (_, v) => {
      const reading = readView(world.dataset, v);
      const scene = buildScene(world.geometry, reading);
      for (const shape of scene.shapes) {
        const state = reading.states.get(shape.id);
        expect(shape.paint).toEqual(paintFor(state, v.lens));
        if (state?.kind === 'member')
          expect(shape.paint.fill).toBe(classFill(STANDARD_STYLE, v.lens, state.cls));
      }
    },
  );

  it('draws the target apart and dims what a highlight leaves out', () => {
    const scene = buildScene(world.geometry, readView(world.dataset, view({})), {
      highlight: ['JPN' as ActorId, 'KOR' as ActorId],
    });
    const by = new Map(scene.shapes.map((s) => [s.id, s]));
    expect(by.get('PRK' as ActorId)?.paint).toMatchObject({
      fill: STANDARD_STYLE.target,
      level: '',
    });
    expect(by.get('JPN' as ActorId)).toMatchObject({ dim: false, highlighted: true });
    expect(by.get('DEU' as ActorId)).toMatchObject({ dim: true, highlighted: false });
  });

  it('has a legend with the lens classes, then the target and no data', () => {
    const scene = buildScene(world.geometry, readView(world.dataset, view({ lens: 'basis' })));
    expect(scene.legend.map((l) => l.cls)).toEqual([
      'none',
      'un',
      'autonomous',
      'target',
      'no-data',
    ]);
  });
});
