import { create } from 'zustand';
import type { LoadError } from '../data/loadDataset';
import type { MapGeometry } from '../map/geometry';
import { CATEGORIES, normalizeCategories, type Category } from '../model/categories';
import { addMonths, clampMonth, monthOfDate, type Month } from '../model/month';
import type { ActorId, Dataset } from '../model/types';
import { sameView, type View, type ViewContext } from './view';

export const SPEEDS = ['slow', 'normal', 'fast', 'fastest'] as const;
export type Speed = (typeof SPEEDS)[number];
/** Milliseconds per month while playing. */
export const SPEED_MS: Record<Speed, number> = { slow: 600, normal: 250, fast: 100, fastest: 40 };

export type Load =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: LoadError }
  | {
      readonly status: 'ready';
      readonly dataset: Dataset;
      readonly geometry: MapGeometry;
      readonly ctx: ViewContext;
    };

export interface AppState {
  readonly load: Load;
  /** What the reader chose; mirrored in the URL. Everything shown is derived from it. */
  readonly view: View;
  readonly playing: boolean;
  readonly speed: Speed;

  loading(): void;
  loaded(dataset: Dataset, geometry: MapGeometry, ctx: ViewContext, view: View): void;
  failed(error: LoadError): void;
  setView(view: View): void;
  setDate(month: Month): void;
  stepDate(delta: number): void;
  toggleCategory(category: Category): void;
  setCategories(categories: readonly Category[]): void;
  selectCountry(id: ActorId | null): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: Speed): void;
}

/** A store per app instance (tests make their own); the app uses `useAppStore`. */
export function createAppStore(now: Date = new Date()) {
  return create<AppState>()((set, get) => {
    const withView = (change: (v: View) => View) => {
      const current = get().view;
      const next = change(current);
      if (!sameView(current, next)) set({ view: next });
    };
    const bounds = (): ViewContext | null => {
      const load = get().load;
      return load.status === 'ready' ? load.ctx : null;
    };
    return {
      load: { status: 'loading' },
      view: { date: monthOfDate(now), measures: CATEGORIES, country: null, embed: false },
      playing: false,
      speed: 'normal',

      loading: () => set({ load: { status: 'loading' }, playing: false }),
      loaded: (dataset, geometry, ctx, view) =>
        set({ load: { status: 'ready', dataset, geometry, ctx }, view }),
      failed: (error) => set({ load: { status: 'error', error }, playing: false }),
      setView: (view) => withView(() => view),
      setDate: (month) =>
        withView((v) => {
          const ctx = bounds();
          return { ...v, date: ctx ? clampMonth(month, ctx.minMonth, ctx.maxMonth) : month };
        }),
      stepDate: (delta) => get().setDate(addMonths(get().view.date, delta)),
      toggleCategory: (category) =>
        withView((v) => {
          const on = v.measures.includes(category);
          return {
            ...v,
            measures: normalizeCategories(
              on ? v.measures.filter((c) => c !== category) : [...v.measures, category],
            ),
          };
        }),
      setCategories: (categories) =>
        withView((v) => ({ ...v, measures: normalizeCategories(categories) })),
      selectCountry: (id) => withView((v) => ({ ...v, country: id })),
      setPlaying: (playing) => set({ playing }),
      setSpeed: (speed) => set({ speed }),
    };
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
