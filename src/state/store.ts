import { create } from 'zustand';
import type { LoadError } from '../data/loadDataset';
import type { World } from '../map/prepare';
import { normalizeCategories, type Category } from '../model/categories';
import { addMonths, clampMonth, monthOfDate, type Month } from '../model/month';
import type { ActorId } from '../model/types';
import type { Lens, Scope, View } from '../model/view';
import { DEFAULT_CHROME, type Chrome } from './chrome';
import type { DecodedUrl } from './urlCodec';
import type { ViewContext } from './viewContext';
import { normalizeView, sameView } from './viewFields';

export const SPEEDS = ['slow', 'normal', 'fast', 'fastest'] as const;
export type Speed = (typeof SPEEDS)[number];
/** Milliseconds per month while playing. */
export const SPEED_MS: Record<Speed, number> = { slow: 600, normal: 250, fast: 100, fastest: 40 };

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
    };
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
