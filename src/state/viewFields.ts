import { CATEGORIES, isCategory, normalizeCategories } from '../model/categories';
import { clampMonth, parseMonth, type Month } from '../model/month';
import type { ActorId } from '../model/types';
import {
  FOCUS_REGIONS,
  LENSES,
  lensReadsScope,
  SCOPES,
  type FocusRegion,
  type Lens,
  type Scope,
  type View,
} from '../model/view';
import type { ViewContext } from './viewContext';

/**
 * The View, field by field: its URL parameter, its default, how it is read from and written to
 * the URL, and whether it travels to an embed, an export and a story step. The mapped type makes
 * a field added to View without an entry here a compile error, so no field can miss the URL.
 *
 * | field       | URL          | embed | export | story |
 * |-------------|--------------|-------|--------|-------|
 * | date        | `date`       | yes   | yes    | yes   |
 * | categories  | `measures`   | yes   | yes    | yes   |
 * | scope       | `scope`      | yes   | yes    | yes   |
 * | lens        | `lens`       | yes   | yes    | yes   |
 * | compare     | `compare`    | yes   | yes    | yes   |
 * | resolution  | `resolution` | yes   | yes    | yes   |
 * | actor       | `country`    | yes   | no (the panel is not part of the picture) | yes |
 * | highlight   | `highlight`  | yes   | yes    | yes   |
 * | focus       | `focus`      | yes   | no (a picture shows the whole map) | yes |
 *
 * The reader's own zoom and pan are interaction state (the store's `zoom`), not part of the View:
 * a link reproduces the region a view frames, not where a reader's wheel left the map.
 */
export interface FieldSpec<T> {
  readonly param: string;
  readonly fallback: (ctx: ViewContext) => T;
  /** The URL's text -> a value, or undefined when it is malformed (the fallback applies). */
  readonly decode: (text: string, ctx: ViewContext) => T | undefined;
  /** The value as URL text, or null to leave the parameter out (it is the default). */
  readonly encode: (value: T) => string | null;
  readonly same: (a: T, b: T) => boolean;
  readonly travels: { readonly embed: boolean; readonly export: boolean; readonly story: boolean };
}

export type ViewFields = { readonly [K in keyof View]: FieldSpec<View[K]> };

const everywhere = { embed: true, export: true, story: true } as const;
const is = <T>(a: T, b: T) => a === b;
const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const NONE = 'none';
const ACTOR_RE = /^([A-Z]{3}|EU|UN)$/;
const MAX_HIGHLIGHT = 60;

/** A well-formed month outside the timeline opens its nearest end, not the current month. */
function month(text: string, ctx: ViewContext): Month | undefined {
  const m = parseMonth(text);
  return m === null ? undefined : clampMonth(m, ctx.minMonth, ctx.maxMonth);
}

function actorId(text: string, ctx: ViewContext): ActorId | undefined {
  const id = text.trim().toUpperCase();
  return ACTOR_RE.test(id) && ctx.isActor(id) ? (id as ActorId) : undefined;
}

export const VIEW_FIELDS: ViewFields = {
  date: {
    param: 'date',
    fallback: (ctx) => ctx.defaultMonth,
    decode: month,
    // Always written, so a link made today shows the same month next year.
    encode: (m) => m,
    same: is,
    travels: everywhere,
  },
  categories: {
    param: 'measures',
    fallback: () => CATEGORIES,
    decode: (text) => {
      if (text === NONE) return [];
      const chosen = normalizeCategories(text.split(',').filter(isCategory));
      return chosen.length > 0 ? chosen : undefined;
    },
    encode: (c) => (sameList(c, CATEGORIES) ? null : c.length === 0 ? NONE : c.join(',')),
    same: sameList,
    travels: everywhere,
  },
  scope: {
    param: 'scope',
    fallback: () => 'all',
    decode: (text) => ((SCOPES as readonly string[]).includes(text) ? (text as Scope) : undefined),
    encode: (s) => (s === 'all' ? null : s),
    same: is,
    travels: everywhere,
  },
  lens: {
    param: 'lens',
    fallback: () => 'kinds',
    decode: (text) => ((LENSES as readonly string[]).includes(text) ? (text as Lens) : undefined),
    // The compare and resolution lenses are implied by their argument; kinds is the default.
    encode: (l) => (l === 'basis' || l === 'joint' ? l : null),
    same: is,
    travels: everywhere,
  },
  compare: {
    param: 'compare',
    fallback: () => null,
    decode: month,
    encode: (m) => m,
    same: is,
    travels: everywhere,
  },
  resolution: {
    param: 'resolution',
    fallback: () => null,
    decode: (text, ctx) => (/^\d{3,4}$/.test(text) && ctx.isResolution(text) ? text : undefined),
    encode: (r) => r,
    same: is,
    travels: everywhere,
  },
  actor: {
    param: 'country',
    fallback: () => null,
    decode: actorId,
    encode: (id) => id,
    same: is,
    travels: { embed: true, export: false, story: true },
  },
  highlight: {
    param: 'highlight',
    fallback: () => [],
    decode: (text, ctx) => {
      const ids = [...new Set(text.split(','))]
        .map((t) => actorId(t, ctx))
        .filter((id): id is ActorId => id !== undefined)
        .slice(0, MAX_HIGHLIGHT);
      return ids.length > 0 ? ids : undefined;
    },
    encode: (ids) => (ids.length === 0 ? null : ids.join(',')),
    same: sameList,
    travels: everywhere,
  },
  focus: {
    param: 'focus',
    fallback: () => 'world',
    decode: (text) =>
      (FOCUS_REGIONS as readonly string[]).includes(text) ? (text as FocusRegion) : undefined,
    encode: (region) => (region === 'world' ? null : region),
    same: is,
    travels: { embed: true, export: false, story: true },
  },
};

export const VIEW_KEYS = Object.keys(VIEW_FIELDS) as (keyof View)[];

export function defaultView(ctx: ViewContext): View {
  const view = {} as Record<keyof View, unknown>;
  for (const key of VIEW_KEYS) view[key] = VIEW_FIELDS[key].fallback(ctx);
  return view as unknown as View;
}

export function sameView(a: View, b: View): boolean {
  return VIEW_KEYS.every((key) =>
    (VIEW_FIELDS[key].same as (x: unknown, y: unknown) => boolean)(a[key], b[key]),
  );
}

/**
 * Makes a view consistent: a lens and its argument go together. The compare lens needs a date
 * to compare with and the resolution lens a resolution, or the view falls back to the default
 * lens; an argument the lens does not use is dropped, and so is a scope it does not read, so
 * one view has one URL (and no legend names a scope the colours ignore).
 */
export function normalizeView(view: View): View {
  let lens = view.lens;
  if (lens === 'compare' && view.compare === null) lens = 'kinds';
  if (lens === 'resolution' && view.resolution === null) lens = 'kinds';
  return {
    ...view,
    lens,
    scope: lensReadsScope(lens) ? view.scope : 'all',
    compare: lens === 'compare' ? view.compare : null,
    resolution: lens === 'resolution' ? view.resolution : null,
  };
}

/** The view as it travels to an embed, an export or a story: what does not travel is reset. */
export function viewFor(view: View, to: 'embed' | 'export' | 'story', ctx: ViewContext): View {
  const out = { ...view } as Record<keyof View, unknown>;
  for (const key of VIEW_KEYS) {
    if (!VIEW_FIELDS[key].travels[to]) out[key] = VIEW_FIELDS[key].fallback(ctx);
  }
  return out as unknown as View;
}
