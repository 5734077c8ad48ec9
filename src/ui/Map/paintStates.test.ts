import { describe, expect, it } from 'vitest';
import type { StateStatus } from '../../model/levels';
import type { ActorId } from '../../model/types';
import { HATCH_FILL, LEVEL_COLORS, TARGET_COLOR } from '../../map/palette';
import { paintFor, paintStates, type StatePaint } from './paintStates';

const id = (s: string) => s as ActorId;

/** A stand-in for an SVG <g> that records the attributes set on it. */
function fakeNode() {
  const attrs = new Map<string, string>();
  const writes: string[] = [];
  const node = {
    setAttribute: (name: string, value: string) => {
      attrs.set(name, value);
      writes.push(name);
    },
  } as unknown as SVGGElement;
  return { node, attrs, writes };
}

describe('paintFor', () => {
  it.each([
    [
      { kind: 'member', research: 'researched', level: 3 },
      { fill: LEVEL_COLORS[2], level: '3', status: 'researched' },
    ],
    [
      { kind: 'member', research: 'not-yet-researched', level: 0 },
      { fill: HATCH_FILL, level: '0', status: 'not-yet-researched' },
    ],
    [{ kind: 'target' }, { fill: TARGET_COLOR, level: '', status: 'target' }],
  ] as [StateStatus, StatePaint][])('%j', (status, paint) => {
    expect(paintFor(status)).toEqual(paint);
  });
});

describe('paintStates', () => {
  it('paints every state once, then only what changed', () => {
    const jpn = fakeNode();
    const kor = fakeNode();
    const nodes = new Map([
      [id('JPN'), jpn.node],
      [id('KOR'), kor.node],
    ]);
    const applied = new Map<ActorId, StatePaint>();
    const at = (j: number, k: number) =>
      new Map<ActorId, StateStatus>([
        [id('JPN'), { kind: 'member', research: 'researched', level: j }],
        [id('KOR'), { kind: 'member', research: 'researched', level: k }],
      ]);

    paintStates(nodes, at(1, 2), applied);
    expect(jpn.writes).toEqual(['fill', 'data-level', 'data-status']);
    expect(kor.attrs.get('data-level')).toBe('2');

    jpn.writes.length = 0;
    kor.writes.length = 0;
    paintStates(nodes, at(3, 2), applied);
    expect(jpn.writes).toEqual(['fill', 'data-level']);
    expect(jpn.attrs.get('fill')).toBe(LEVEL_COLORS[2]);
    expect(kor.writes).toEqual([]);
  });
});
