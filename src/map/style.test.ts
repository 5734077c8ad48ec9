import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../model/categories';
import { BASIS_LEGEND } from '../model/lenses/basis';
import { COMPARE_LEGEND } from '../model/lenses/compare';
import { JOINT_LEGEND } from '../model/lenses/joint';
import { kindsLegend } from '../model/lenses/kinds';
import { RESOLUTION_LEGEND } from '../model/lenses/resolution';
import type { LegendEntry } from '../model/reading';
import type { Lens } from '../model/view';
import { contrastRatio, relativeLuminance } from './contrast';
import { classFill, patternOf, PROJECTOR_STYLE, STANDARD_STYLE, styleCss } from './style';

describe('WCAG contrast', () => {
  it.each([
    ['#ffffff', '#000000', 21],
    ['#000000', '#ffffff', 21],
    ['#777777', '#ffffff', 4.48],
    ['#ffffff', '#ffffff', 1],
  ])('%s against %s is %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it('weighs green most, as the eye does', () => {
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });
});

/** Every lens's legend, as the map draws it (kinds with every category shown: its longest). */
const LEGENDS: Record<Lens, readonly LegendEntry[]> = {
  kinds: kindsLegend(CATEGORIES.length),
  basis: BASIS_LEGEND,
  resolution: RESOLUTION_LEGEND,
  joint: JOINT_LEGEND,
  compare: COMPARE_LEGEND,
};
const LENS_NAMES = Object.keys(LEGENDS) as Lens[];
/** The class meaning "nothing" under each lens: what the first level must stand out from. */
const NONE: Record<Lens, string> = {
  kinds: 'none',
  basis: 'none',
  resolution: 'none-found',
  joint: 'none',
  compare: 'none',
};

const style = PROJECTOR_STYLE;
const fills = (lens: Lens) =>
  LEGENDS[lens].map((e) => ({ cls: e.cls, fill: classFill(style, lens, e.cls) }));
const solid = (lens: Lens) => fills(lens).filter((f) => patternOf(style, f.fill) === null);

describe('the projector palette', () => {
  it('gives every class of every lens a colour or a pattern of its own', () => {
    for (const lens of LENS_NAMES) {
      for (const { cls, fill } of fills(lens)) {
        expect(style.lenses[lens][cls], `${lens}/${cls}`).toBeDefined();
        expect(fill === style.noData, `${lens}/${cls} is not the no-data fill`).toBe(false);
      }
    }
  });

  it.each(LENS_NAMES)('%s: "none" is at least 3:1 against every other class', (lens) => {
    const none = classFill(style, lens, NONE[lens]);
    for (const { cls, fill } of solid(lens).filter((f) => f.cls !== NONE[lens])) {
      expect(contrastRatio(none, fill), `${NONE[lens]} / ${cls}`).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(LENS_NAMES)('%s: every two classes are at least 1.5:1 apart', (lens) => {
    const classes = solid(lens);
    for (const [i, a] of classes.entries()) {
      for (const b of classes.slice(i + 1)) {
        expect(contrastRatio(a.fill, b.fill), `${a.cls} / ${b.cls}`).toBeGreaterThanOrEqual(1.5);
      }
    }
  });

  it('steps each ramp darker, so order reads from lightness alone', () => {
    for (const lens of ['kinds', 'basis', 'joint'] as const) {
      const lum = solid(lens).map((f) => relativeLuminance(f.fill));
      expect(lum, lens).toEqual([...lum].sort((a, b) => b - a));
    }
  });

  it('keeps "not in the dataset" apart from "none" and from every class', () => {
    expect(patternOf(style, style.noData)).toBeNull();
    for (const lens of LENS_NAMES) {
      for (const { cls, fill } of solid(lens)) {
        expect(contrastRatio(style.noData, fill), `${lens}/${cls}`).toBeGreaterThanOrEqual(1.5);
      }
    }
  });

  it('patterns what colour alone cannot carry: the target, and "not yet researched"', () => {
    const darkest = Math.min(
      ...LENS_NAMES.flatMap((l) => solid(l).map((f) => relativeLuminance(f.fill))),
    );
    expect(darkest).toBeLessThan(0.01);
    expect(patternOf(style, style.target)?.cross).toBe(true);
    expect(patternOf(style, classFill(style, 'kinds', 'unresearched'))).not.toBeNull();
    expect(patternOf(style, classFill(style, 'resolution', 'not-researched'))).not.toBeNull();
    // Each pattern's lines stand out from its ground, and the target's differs from the hatch.
    for (const fill of [style.target, classFill(style, 'kinds', 'unresearched')]) {
      const p = patternOf(style, fill);
      expect(p && contrastRatio(p.line, p.background), fill).toBeGreaterThanOrEqual(3);
    }
    expect(patternOf(style, style.target)?.background).not.toBe(style.hatch.background);
  });

  it.each([
    ['borders', style.border.color],
    ['a highlight', style.highlight.color],
    ['a selection', style.selection.color],
  ])('draws %s to show on "none" and on the darkest class alike', (_, color) => {
    expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(color, style.lenses.kinds.k5 ?? '')).toBeGreaterThanOrEqual(3);
  });

  it('where the standard palette, made for screens, is too faint for a projector', () => {
    // A single-category map in the standard style: "none" against "in force".
    const ratio = contrastRatio(
      STANDARD_STYLE.lenses.kinds.none ?? '',
      STANDARD_STYLE.lenses.kinds.k1 ?? '',
    );
    expect(ratio).toBeCloseTo(1.31, 2);
    expect(
      contrastRatio(PROJECTOR_STYLE.lenses.kinds.none ?? '', PROJECTOR_STYLE.lenses.kinds.k1 ?? ''),
    ).toBeGreaterThan(3);
  });
});

describe('the style as CSS', () => {
  it('scopes the projector style and leaves its patterns out of the properties', () => {
    const css = styleCss(PROJECTOR_STYLE, '.present');
    expect(css.startsWith('.present {')).toBe(true);
    expect(css).toContain('--map-background: #e8eef4;');
    expect(css).not.toContain('url(');
    expect(css).not.toContain('.cat-');
  });
});
