import { describe, expect, it } from 'vitest';
import { classLabel } from './legend';
import { translator } from './t';

const t = translator('en');

describe('classLabel', () => {
  it.each([
    ['kinds', 'k3', 3, '3'],
    ['kinds', 'none', 0, 'None in force'],
    ['kinds', 'unresearched', 0, 'Not yet researched'],
    ['joint', 'j4', 6, '6'],
    ['joint', 'none', 0, 'None'],
    ['basis', 'autonomous', 2, 'Measures beyond what the UN required'],
    ['compare', 'joined', 3, 'Joined'],
    ['compare', 'left', 1, 'Left'],
    ['resolution', 'none-found', 0, 'Searched: no implementing act found'],
  ] as const)('%s %s (level %i) reads %j', (lens, cls, level, expected) => {
    expect(classLabel(t, lens, cls, level)).toBe(expected);
  });
});
