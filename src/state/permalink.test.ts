import { describe, expect, it } from 'vitest';
import type { Month } from '../model/month';
import type { ActorId } from '../model/types';
import type { View } from '../model/view';
import { DEFAULT_CHROME } from './chrome';
import { measurePermalink, viewPermalink } from './permalink';

const view: View = {
  date: '2016-03' as Month,
  categories: ['port_ban'],
  scope: 'all',
  lens: 'basis',
  compare: null,
  resolution: null,
  actor: 'JPN' as ActorId,
  highlight: [],
  focus: 'world',
};

describe('permalinks', () => {
  it.each([
    [
      'JPN',
      'jpn-2006-port-ban',
      'https://example.org/map/?country=JPN&data=6b65349b96ad#jpn-2006-port-ban',
    ],
    ['EU', 'eu-2006-arms', 'https://example.org/map/?country=EU&data=6b65349b96ad#eu-2006-arms'],
  ])('of the measure %s/%s: %s', (actor, id, expected) => {
    expect(measurePermalink('https://example.org/map/', actor as ActorId, id, '6b65349b96ad')).toBe(
      expected,
    );
  });

  it('of a view: the full page, at its data version', () => {
    expect(
      viewPermalink(
        'https://example.org/',
        view,
        { ...DEFAULT_CHROME, embed: true, present: true },
        '6b65349b96ad',
      ),
    ).toBe(
      'https://example.org/?date=2016-03&measures=port_ban&lens=basis&country=JPN&data=6b65349b96ad',
    );
  });
});
