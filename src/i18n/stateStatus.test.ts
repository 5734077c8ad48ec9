import { describe, expect, it } from 'vitest';
import type { StateReading } from '../model/reading';
import type { Lens } from '../model/view';
import { stateStatus } from './stateStatus';
import { translator } from './t';

const t = translator('en');
const member = (level: number, cls: string, research = 'researched'): StateReading =>
  ({ kind: 'member', level, cls, research }) as StateReading;

describe('stateStatus', () => {
  it.each([
    ['kinds', member(6, 'k5'), 'Japan: 6 kinds of measure in force'],
    ['kinds', member(1, 'k1'), 'Japan: 1 kind of measure in force'],
    ['kinds', member(0, 'none'), 'Japan: no measure in force'],
    ['kinds', member(0, 'unresearched', 'not-yet-researched'), 'Japan: not yet researched'],
    ['joint', member(2, 'j2'), 'Japan: 2 joint actions joined'],
    ['joint', member(0, 'none'), 'Japan: no joint action joined'],
    ['basis', member(2, 'autonomous'), 'Japan: Measures beyond what the UN required'],
    ['compare', member(3, 'joined'), 'Japan: Joined'],
    ['resolution', member(1, 'implemented'), 'Japan: Implementing measure in force'],
    ['kinds', { kind: 'target' }, 'Japan: the target of the measures'],
    ['kinds', { kind: 'unknown' }, 'Japan: not in the dataset'],
    ['kinds', undefined, 'Japan: not in the dataset'],
  ] as const)('under %s: %j -> %s', (lens, state, expected) => {
    expect(stateStatus(t, 'Japan', state as StateReading | undefined, lens as Lens)).toBe(expected);
  });
});
