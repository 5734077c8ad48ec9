import { describe, expect, it } from 'vitest';
import { loadWorld } from '../../scripts/world';
import type { ActorId } from '../model/types';
import { DIRECTIONS, neighbourOf, type Direction, type Point } from './neighbours';

const id = (s: string) => s as ActorId;
/**
 *        N
 *   W    C    E        F (far east, a little south)
 *        S
 *   SW
 */
const points = new Map<ActorId, Point>([
  [id('C'), { x: 10, y: 10 }],
  [id('N'), { x: 10, y: 4 }],
  [id('S'), { x: 10, y: 15 }],
  [id('W'), { x: 3, y: 10 }],
  [id('E'), { x: 17, y: 10 }],
  [id('F'), { x: 40, y: 13 }],
  [id('SW'), { x: 3, y: 20 }],
]);

describe('neighbourOf', () => {
  it.each([
    // from, arrow -> the state it moves to
    ['C', 'up', 'N'],
    ['C', 'down', 'S'],
    ['C', 'left', 'W'],
    ['C', 'right', 'E'],
    ['E', 'right', 'F'],
    ['W', 'down', 'SW'],
    // Nothing lies above N, nor right of F: the map's edge.
    ['N', 'up', null],
    ['F', 'right', null],
    // SW is below-left of S: inside Left's cone, so Left goes there.
    ['S', 'left', 'SW'],
    // From SW, S (up and to the right) wins over F, nearer the arrow's line but five times
    // as far.
    ['SW', 'right', 'S'],
  ] as const)('from %s, %s goes to %s', (from, direction, expected) => {
    expect(neighbourOf(points, id(from), direction)).toBe(expected);
  });

  it('takes a state ahead but outside the cone only when none is inside it', () => {
    const two = new Map<ActorId, Point>([
      [id('A'), { x: 0, y: 0 }],
      [id('B'), { x: 1, y: 10 }],
    ]);
    expect(neighbourOf(two, id('A'), 'right')).toBe('B');
    expect(neighbourOf(two, id('A'), 'left')).toBeNull();
  });

  it('breaks ties by id, so every run steps the same way', () => {
    const tie = new Map<ActorId, Point>([
      [id('O'), { x: 0, y: 0 }],
      [id('Z'), { x: 5, y: 1 }],
      [id('Y'), { x: 5, y: -1 }],
    ]);
    expect(neighbourOf(tie, id('O'), 'right')).toBe('Y');
  });

  it('stays put for a state it does not know', () => {
    expect(neighbourOf(points, id('XX'), 'up')).toBeNull();
  });
});

describe('neighbourOf on the real map', () => {
  const { geometry } = loadWorld();
  const centres = new Map<ActorId, Point>();
  for (const s of geometry.shapes) if (s.center) centres.set(s.id, s.center);
  const step = (from: string, d: Direction) => neighbourOf(centres, id(from), d);

  it('reaches every state from Japan with the arrow keys alone', () => {
    const seen = new Set<ActorId>([id('JPN')]);
    const queue = [id('JPN')];
    while (queue.length > 0) {
      const at = queue.shift() as ActorId;
      for (const d of DIRECTIONS) {
        const next = neighbourOf(centres, at, d);
        if (next && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...centres.keys()].filter((s) => !seen.has(s))).toEqual([]);
  });

  it.each([
    ['JPN', 'left', 'KOR'],
    ['KOR', 'right', 'JPN'],
    ['GBR', 'left', 'IRL'],
    ['USA', 'up', 'CAN'],
  ] as const)('from %s, %s goes to its neighbour %s', (from, d, expected) => {
    expect(step(from, d)).toBe(expected);
  });
});
