import type { Category } from '../model/categories';
import type { Lens } from '../model/view';

/** A fill pattern: lines of one colour over a background, at an angle; fills name it `url(#id)`. */
export interface MapPattern {
  readonly id: string;
  readonly background: string;
  readonly line: string;
  readonly size: number;
  readonly width: number;
  /** Degrees; 45 by default. A second set of lines at right angles makes a cross-hatch. */
  readonly angle?: number;
  readonly cross?: boolean;
}

/**
 * Every colour and stroke of the map, once, as data. The SVG the app, the exports and the
 * command-line snapshot draw writes them as attributes (src/ui/Map/SceneSvg.tsx); the page's CSS
 * reads them as custom properties (`styleCss`, served as `virtual:map-style.css`), so no colour
 * is written twice.
 *
 * Ramps are ColorBrewer's (PuBu for kinds of measure, Greens for joint actions), which stay
 * ordered for colour-blind readers and in greyscale; the three kinds of "no colour" (none in
 * force, not yet researched, not in the dataset) are told apart by tone and a hatch, and the
 * target is near-black, apart from the coalition.
 */
export interface MapStyle {
  readonly background: string;
  readonly border: { readonly color: string; readonly width: number };
  readonly dot: { readonly radius: number; readonly color: string; readonly width: number };
  readonly hover: { readonly color: string; readonly width: number };
  readonly selection: { readonly color: string; readonly width: number; readonly radius: number };
  readonly highlight: { readonly color: string; readonly width: number };
  /** Opacity of the states a highlight leaves out. */
  readonly dimOpacity: number;
  readonly target: string;
  readonly noData: string;
  /** Not yet researched: a hatch, so "no measure recorded" never reads as "none taken". */
  readonly hatch: MapPattern;
  /** Further patterns a fill may name (`url(#id)`), drawn beside the hatch. */
  readonly patterns?: readonly MapPattern[];
  /** Each lens's classes (see src/model/lenses), by class name. */
  readonly lenses: Readonly<Record<Lens, Readonly<Record<string, string>>>>;
  /** The colour that marks each category in chips, filters and the panel's timeline strip. */
  readonly categories: Readonly<Record<Category, string>>;
  readonly ink: string;
  readonly muted: string;
  readonly focus: string;
}

const NONE = '#f3efe6';

export const STANDARD_STYLE: MapStyle = {
  background: '#ffffff',
  border: { color: '#ffffff', width: 0.5 },
  dot: { radius: 2.6, color: '#555555', width: 0.6 },
  hover: { color: '#111111', width: 1.2 },
  selection: { color: '#d94801', width: 2, radius: 4 },
  highlight: { color: '#111111', width: 1.6 },
  dimOpacity: 0.3,
  target: '#2b2b2b',
  noData: '#dcdcdc',
  hatch: {
    id: 'not-researched-hatch',
    background: '#f7f7f7',
    line: '#b8b8b8',
    size: 4,
    width: 1.2,
  },
  lenses: {
    kinds: {
      none: NONE,
      k1: '#d0d1e6',
      k2: '#a6bddb',
      k3: '#74a9cf',
      k4: '#2b8cbe',
      k5: '#045a8d',
    },
    basis: { none: NONE, un: '#a6bddb', autonomous: '#045a8d' },
    resolution: { 'not-researched': '#eeeeee', 'none-found': '#fdd49e', implemented: '#2b8cbe' },
    joint: { none: NONE, j1: '#c7e9c0', j2: '#74c476', j3: '#31a354', j4: '#006d2c' },
    compare: { none: NONE, left: '#d6604d', stayed: '#92c5de', joined: '#2166ac' },
  },
  categories: {
    port_ban: '#1b9e77',
    remittance_limit: '#d95f02',
    labor_restriction: '#7570b3',
    entry_ban: '#e7298a',
    trade_ban: '#66a61e',
    financial: '#e6ab02',
    diplomatic: '#a6761d',
    joint_project_closure: '#1f78b4',
    vessel_deregistration: '#17a2b8',
    cooperation_suspension: '#6a3d9a',
    other: '#888888',
  },
  ink: '#1d1d1f',
  muted: '#5c5c66',
  focus: '#d94801',
};

/**
 * For a projector, which washes colours out: "none" is white and every class of a lens is at
 * least 3:1 against it (WCAG contrast), each step of a ramp at least 1.5:1 from the next, so
 * the order survives by lightness alone; the hues turn as the ramp darkens (green, teal, blue,
 * violet, near-black), which keeps neighbours apart when the contrast drops further. Where
 * lightness cannot carry a difference, a pattern does: the target is cross-hatched (it would
 * otherwise meet the darkest class), and "not yet researched" is hatched. "Not in the dataset"
 * is a mid grey, apart from "none" by lightness and from the ramp by having no hue. Borders are
 * a mid grey, and the outlines of a highlight (orange) and a selection (magenta) are at least
 * 3:1 against white and the darkest class alike. `src/map/style.test.ts` computes it all.
 */
export const PROJECTOR_STYLE: MapStyle = {
  background: '#e8eef4',
  border: { color: '#7f7f7f', width: 0.7 },
  dot: { radius: 3.2, color: '#333333', width: 0.8 },
  hover: { color: '#000000', width: 2 },
  selection: { color: '#c2185b', width: 3, radius: 5 },
  highlight: { color: '#d95f02', width: 3 },
  dimOpacity: 0.22,
  target: 'url(#projector-target)',
  noData: '#bcbcbc',
  hatch: {
    id: 'not-researched-hatch',
    background: '#ffffff',
    line: '#6e6e6e',
    size: 5,
    width: 1.4,
  },
  patterns: [
    {
      id: 'projector-target',
      background: '#3a3a3a',
      line: '#ffffff',
      size: 5,
      width: 1.1,
      cross: true,
    },
  ],
  lenses: {
    kinds: {
      none: '#ffffff',
      k1: '#21a04f',
      k2: '#127878',
      k3: '#034e9a',
      k4: '#4b0088',
      k5: '#0c0529',
    },
    basis: { none: '#ffffff', un: '#0d9ba2', autonomous: '#061f9e' },
    resolution: {
      'not-researched': 'url(#not-researched-hatch)',
      'none-found': '#ffffff',
      implemented: '#015fa6',
    },
    joint: { none: '#ffffff', j1: '#bd8005', j2: '#aa4e02', j3: '#8e2000', j4: '#4d0904' },
    compare: { none: '#ffffff', stayed: '#3096c0', left: '#c11524', joined: '#040f94' },
  },
  categories: STANDARD_STYLE.categories,
  ink: '#000000',
  muted: '#333333',
  focus: '#d94801',
};

export const HATCH_FILL = (style: MapStyle) => `url(#${style.hatch.id})`;

/** Every pattern a style's fills may name: the hatch, then the others. */
export function stylePatterns(style: MapStyle): readonly MapPattern[] {
  return [style.hatch, ...(style.patterns ?? [])];
}

/** The pattern a fill names (`url(#id)`), or null for a plain colour. */
export function patternOf(style: MapStyle, fill: string): MapPattern | null {
  const m = /^url\(#(.+)\)$/.exec(fill);
  return m ? (stylePatterns(style).find((p) => p.id === m[1]) ?? null) : null;
}

/** The fill of a lens's class; an unknown class gets the no-data colour rather than nothing. */
export function classFill(style: MapStyle, lens: Lens, cls: string): string {
  if (cls === 'unresearched') return HATCH_FILL(style);
  return style.lenses[lens][cls] ?? style.noData;
}

/**
 * The custom properties the page's CSS reads, as a stylesheet: on `:root`, or on `scope` (the
 * projector style's properties apply inside `.present`). Only plain colours become properties;
 * a pattern fill stays in the SVG.
 */
export function styleCss(style: MapStyle = STANDARD_STYLE, scope = ':root'): string {
  const vars: [string, string][] = [
    ['--map-background', style.background],
    ['--map-border', style.border.color],
    ['--map-border-width', `${style.border.width}px`],
    ['--map-dot', style.dot.color],
    ['--map-hover', style.hover.color],
    ['--map-hover-width', `${style.hover.width}px`],
    ['--map-selection', style.selection.color],
    ['--map-selection-width', `${style.selection.width}px`],
    ['--map-highlight', style.highlight.color],
    ['--map-no-data', style.noData],
    ['--map-target', style.target],
    ['--ink', style.ink],
    ['--muted', style.muted],
    ['--focus', style.focus],
    ...Object.entries(style.categories).map(([c, color]): [string, string] => [
      `--cat-${c}`,
      color,
    ]),
    // Each lens's class colours, for what the page draws in them beside the map (timeline marks).
    ...Object.entries(style.lenses).flatMap(([lens, classes]) =>
      Object.entries(classes).map(([cls, color]): [string, string] => [
        `--lens-${lens}-${cls}`,
        color,
      ]),
    ),
  ];
  const plain = vars.filter(([, v]) => !v.startsWith('url('));
  const block = `${scope} {\n${plain.map(([k, v]) => `  ${k}: ${v};`).join('\n')}\n}\n`;
  if (scope !== ':root') return block;
  // Each category's class sets --cat, which chips, swatches and strips colour themselves with.
  const classes = Object.keys(style.categories)
    .map((c) => `.cat-${c} {\n  --cat: var(--cat-${c});\n}`)
    .join('\n');
  return `${block}${classes}\n`;
}
