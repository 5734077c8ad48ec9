import { describe, expect, it } from 'vitest';
import {
  fillFor,
  HATCH_FILL,
  legendBins,
  LEVEL_COLORS,
  NO_DATA_COLOR,
  NONE_COLOR,
  TARGET_COLOR,
} from './palette';

describe('fillFor', () => {
  it.each([
    [undefined, NO_DATA_COLOR],
    [{ kind: 'unknown' } as const, NO_DATA_COLOR],
    [{ kind: 'target' } as const, TARGET_COLOR],
    [{ kind: 'member', research: 'not-yet-researched', level: 0 } as const, HATCH_FILL],
    [{ kind: 'member', research: 'no-measure-found', level: 0 } as const, NONE_COLOR],
    [{ kind: 'member', research: 'researched', level: 0 } as const, NONE_COLOR],
    // A state not yet researched on its own account still shows what reaches it (EU measures).
    [{ kind: 'member', research: 'not-yet-researched', level: 2 } as const, LEVEL_COLORS[1]],
    [{ kind: 'member', research: 'researched', level: 1 } as const, LEVEL_COLORS[0]],
    [{ kind: 'member', research: 'researched', level: 5 } as const, LEVEL_COLORS[4]],
    [{ kind: 'member', research: 'researched', level: 9 } as const, LEVEL_COLORS[4]],
  ])('%j -> %s', (status, color) => {
    expect(fillFor(status)).toBe(color);
  });
});

describe('legendBins', () => {
  it('shows only the levels the filter can reach', () => {
    expect(legendBins(0)).toEqual([]);
    expect(legendBins(2).map((b) => [b.level, b.orMore])).toEqual([
      [1, false],
      [2, false],
    ]);
    expect(legendBins(5).map((b) => b.orMore)).toEqual([false, false, false, false, false]);
    expect(
      legendBins(9)
        .map((b) => [b.level, b.orMore])
        .at(-1),
    ).toEqual([5, true]);
  });
});
