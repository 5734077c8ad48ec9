import { describe, expect, it } from 'vitest';
import { compileData } from '../../scripts/data/compile';
import { loadWorld } from '../../scripts/world';
import type { Month } from '../model/month';
import { storyContext } from './stories';
import { DecodeFailure } from '../data/decode';
import { decodeStories } from '../data/decodeStories';

const world = loadWorld(undefined, new Date('2026-11-15T12:00:00Z'));
const ctx = storyContext(world);
const compiled = JSON.parse(compileData('data').stories) as {
  format: number;
  stories: { steps: Record<string, unknown>[] }[];
};

function failure(edit: (json: typeof compiled) => void): { path: string; reason: string } {
  const json = structuredClone(compiled);
  edit(json);
  try {
    decodeStories(json, ctx);
  } catch (e) {
    if (e instanceof DecodeFailure) return { path: e.path, reason: e.reason };
    throw e;
  }
  throw new Error('decoded without a failure');
}

type View = Record<string, unknown>;
const view = (json: typeof compiled, story: number, step: number) =>
  json.stories[story]!.steps[step]!.view as View;

describe('decoding the stories', () => {
  const stories = decodeStories(compiled, ctx);

  it('reads the shipped stories, the rebirth first', () => {
    expect(stories.map((s) => [s.id, s.steps.length])).toEqual([
      ['rebirth', 9],
      ['labour-loophole', 9],
    ]);
  });

  it('turns a step into the view fields it names, and no others', () => {
    const second = stories[0]?.steps[1];
    expect(second?.view).toEqual({
      date: '2016-02',
      categories: ['joint_project_closure'],
      highlight: ['KOR'],
    });
    const last = stories[1]?.steps[8];
    expect(last?.view).toEqual({
      date: '2019-12',
      categories: ['labor_restriction'],
      lens: 'compare',
      compare: '2016-12',
    });
    expect(second?.backing).toContain('kor-2016-kaesong-closure');
  });

  it.each<[string, (j: typeof compiled) => void, string, string]>([
    [
      'a format it does not read',
      (j) => (j.format = 2),
      '/format',
      'is 2, this app reads format 1',
    ],
    [
      'an unknown state (the URL would drop it; a story may not)',
      (j) => (view(j, 0, 2).highlight = ['JPN', 'XXX']),
      '/stories/0/steps/2/view/highlight/1',
      '"XXX" is not an actor of the dataset',
    ],
    [
      'an unknown category',
      (j) => (view(j, 1, 0).measures = ['labor_restriction', 'sanctions']),
      '/stories/1/steps/0/view/measures/1',
      '"sanctions" is not one of port_ban, remittance_limit, labor_restriction, entry_ban, trade_ban, financial, diplomatic, joint_project_closure, vessel_deregistration, cooperation_suspension, other',
    ],
    [
      'a bad date',
      (j) => (view(j, 0, 0).date = '2016-13'),
      '/stories/0/steps/0/view/date',
      '"2016-13" is not a month',
    ],
    [
      'a month off the timeline',
      (j) => (view(j, 0, 0).date = '2001-01'),
      '/stories/0/steps/0/view/date',
      '2001-01 is not on the timeline (2006-07 to 2026-11)',
    ],
    [
      'a step with no source',
      (j) => (j.stories[0]!.steps[4]!.backing = []),
      '/stories/0/steps/4/backing',
      '[] names no source',
    ],
    [
      'an unknown measure or event',
      (j) => (j.stories[0]!.steps[4]!.backing = ['unscr-2270', 'no-such-measure']),
      '/stories/0/steps/4/backing/1',
      '"no-such-measure" is not a measure or an event of the dataset',
    ],
    [
      'a lens without its argument',
      (j) => delete view(j, 1, 8).compare,
      '/stories/1/steps/8/view/compare',
      'is missing',
    ],
    [
      'a field it does not know',
      (j) => (view(j, 0, 1).zoom = 2),
      '/stories/0/steps/1/view/zoom',
      'is not a field of a story',
    ],
    [
      'a missing caption',
      (j) => delete j.stories[0]!.steps[3]!.caption,
      '/stories/0/steps/3/caption',
      'is missing',
    ],
  ])('refuses %s', (_, edit, path, reason) => {
    expect(failure(edit)).toEqual({ path, reason });
  });

  it('refuses a caption with a control or bidirectional character, as the data check does', () => {
    expect(
      failure((j) => {
        j.stories[0]!.steps[0]!.caption = 'napaJ\u202e';
      }),
    ).toEqual({
      path: '/stories/0/steps/0/caption',
      reason:
        'holds a bidirectional control (U+202E) at character 6, which can reverse how the text reads',
    });
  });

  it('reads a month at either end of the timeline', () => {
    const json = structuredClone(compiled);
    view(json, 0, 0).date = '2026-11' as Month;
    expect(decodeStories(json, ctx)[0]?.steps[0]?.view.date).toBe('2026-11');
  });
});
