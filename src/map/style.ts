import type { Category } from '../model/categories';
import type { Lens } from '../model/view';

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
  readonly hatch: {
    readonly id: string;
    readonly background: string;
    readonly line: string;
    readonly size: number;
    readonly width: number;
  };
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

export const HATCH_FILL = (style: MapStyle) => `url(#${style.hatch.id})`;

/** The fill of a lens's class; an unknown class gets the no-data colour rather than nothing. */
export function classFill(style: MapStyle, lens: Lens, cls: string): string {
  if (cls === 'unresearched') return HATCH_FILL(style);
  return style.lenses[lens][cls] ?? style.noData;
}

/** The custom properties the page's CSS reads, as a stylesheet. */
export function styleCss(style: MapStyle = STANDARD_STYLE): string {
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
  // Each category's class sets --cat, which chips, swatches and strips colour themselves with.
  const classes = Object.keys(style.categories)
    .map((c) => `.cat-${c} {\n  --cat: var(--cat-${c});\n}`)
    .join('\n');
  return `:root {\n${vars.map(([k, v]) => `  ${k}: ${v};`).join('\n')}\n}\n${classes}\n`;
}
