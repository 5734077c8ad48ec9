import { create } from 'zustand';
import type { LoadError } from '../data/loadDataset';
import { IDENTITY, type ZoomTransform } from '../map/frame';
import type { World } from '../map/prepare';
import { normalizeCategories, type Category } from '../model/categories';
import { addMonths, clampMonth, monthOfDate, type Month } from '../model/month';
import type { ActorId } from '../model/types';
import type { FocusRegion, Lens, Scope, View } from '../model/view';
import { DEFAULT_CHROME, type Chrome } from './chrome';
import type { DecodedUrl } from './urlCodec';
import type { ViewContext } from './viewContext';
import { normalizeView, sameView } from './viewFields';

export const SPEEDS = ['slow', 'normal', 'fast', 'fastest'] as const;
export type Speed = (typeof SPEEDS)[number];
/** Milliseconds per month while playing. */
export const SPEED_MS: Record<Speed, number> = { slow: 600, normal: 250, fast: 100, fastest: 40 };

/**
 * What the map's zoom behaviour offers the rest of the page, once it has loaded: the zoom
 * buttons, the keys and a search that zooms to a state call it through the store's actions.
 */
export interface ZoomControl {
  /** Zooms in (factor > 1) or out about the middle of the frame, or about a state's centre. */
  zoomBy(factor: number, around?: ActorId): void;
  /** Back to what the view frames: its focus region, or the whole map. */
  reset(): void;
  /** Zooms to a state so it can be seen and clicked, small or large. */
  showActor(id: ActorId): void;
}

export type Load =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: LoadError }
  | { readonly status: 'ready'; readonly world: World; readonly ctx: ViewContext };

export interface AppState {
  readonly load: Load;
  /** What the reader chose to look at; mirrored in the URL. Everything shown is derived from it. */
  readonly view: View;
  readonly chrome: Chrome;
  /** The data version a permalink was made with, when it differs from the data served. */
  readonly stalePin: string | null;
  readonly playing: boolean;
  readonly speed: Speed;
  /**
   * Where the reader's zoom and pan left the map: interaction state, reported by the map, never
   * part of the View (a link reproduces the region it frames, `view.focus`, not this).
   */
  readonly zoom: ZoomTransform;
  /** The map's zoom behaviour, once loaded (null before, or with no map on the page). */
  readonly zoomControl: ZoomControl | null;

  loading(): void;
  loaded(world: World, ctx: ViewContext, decoded: DecodedUrl): void;
  failed(error: LoadError): void;
  setView(view: View): void;
  setDate(month: Month): void;
  stepDate(delta: number): void;
  toggleCategory(category: Category): void;
  setCategories(categories: readonly Category[]): void;
  setScope(scope: Scope): void;
  /** Switches the lens; the compare and resolution lenses take their argument with them. */
  setLens(lens: Lens, argument?: string | null): void;
  openActor(id: ActorId | null): void;
  setHighlight(ids: readonly ActorId[]): void;
  setChrome(change: Partial<Chrome>): void;
  dismissStalePin(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: Speed): void;
  /** The region the map frames: part of the View, so it goes in the URL. */
  setFocus(region: FocusRegion): void;
  /** Reported by the map as its zoom changes. */
  setZoom(zoom: ZoomTransform): void;
  setZoomControl(control: ZoomControl | null): void;
  zoomBy(factor: number, around?: ActorId): void;
  resetZoom(): void;
  showActor(id: ActorId): void;
}

/** The view a store starts with, before the data (and so the URL's meaning) is known. */
function initialView(now: Date): View {
  return {
    date: monthOfDate(now),
    categories: [],
    scope: 'all',
    lens: 'kinds',
    compare: null,
    resolution: null,
    actor: null,
    highlight: [],
    focus: 'world',
  };
}

/** A store per app instance (tests make their own); the app uses `useAppStore`. */
export function createAppStore(now: Date = new Date()) {
  return create<AppState>()((set, get) => {
    const withView = (change: (v: View) => View) => {
      const current = get().view;
      const next = normalizeView(change(current));
      if (!sameView(current, next)) set({ view: next });
    };
    const clamp = (month: Month): Month => {
      const load = get().load;
      return load.status === 'ready'
        ? clampMonth(month, load.ctx.minMonth, load.ctx.maxMonth)
        : month;
    };
    return {
      load: { status: 'loading' },
      view: initialView(now),
      chrome: DEFAULT_CHROME,
      stalePin: null,
      playing: false,
      speed: 'normal',
      zoom: IDENTITY,
      zoomControl: null,

      loading: () => set({ load: { status: 'loading' }, playing: false }),
      loaded: (world, ctx, decoded) =>
        set({
          load: { status: 'ready', world, ctx },
          view: decoded.view,
          chrome: decoded.chrome,
          stalePin:
            decoded.dataVersion !== null && decoded.dataVersion !== world.dataset.version
              ? decoded.dataVersion
              : null,
        }),
      failed: (error) => set({ load: { status: 'error', error }, playing: false }),
      setView: (view) => withView(() => view),
      setDate: (month) => withView((v) => ({ ...v, date: clamp(month) })),
      stepDate: (delta) => get().setDate(addMonths(get().view.date, delta)),
      toggleCategory: (category) =>
        withView((v) => {
          const on = v.categories.includes(category);
          return {
            ...v,
            categories: normalizeCategories(
              on ? v.categories.filter((c) => c !== category) : [...v.categories, category],
            ),
          };
        }),
      setCategories: (categories) =>
        withView((v) => ({ ...v, categories: normalizeCategories(categories) })),
      setScope: (scope) => withView((v) => ({ ...v, scope })),
      setLens: (lens, argument = null) =>
        withView((v) => ({
          ...v,
          lens,
          compare: lens === 'compare' ? ((argument as Month | null) ?? v.compare) : null,
          resolution: lens === 'resolution' ? (argument ?? v.resolution) : null,
        })),
      openActor: (id) => withView((v) => ({ ...v, actor: id })),
      setHighlight: (ids) => withView((v) => ({ ...v, highlight: [...ids] })),
      setChrome: (change) => set({ chrome: { ...get().chrome, ...change } }),
      dismissStalePin: () => set({ stalePin: null }),
      setPlaying: (playing) => set({ playing }),
      setSpeed: (speed) => set({ speed }),
      setFocus: (focus) => withView((v) => ({ ...v, focus })),
      setZoom: (zoom) => {
        const z = get().zoom;
        if (z.k !== zoom.k || z.x !== zoom.x || z.y !== zoom.y) set({ zoom });
      },
      setZoomControl: (zoomControl) => set({ zoomControl }),
      zoomBy: (factor, around) => get().zoomControl?.zoomBy(factor, around),
      resetZoom: () => get().zoomControl?.reset(),
      showActor: (id) => get().zoomControl?.showActor(id),
    };
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
