import { create } from 'zustand';
import type { LoadError } from '../data/loadDataset';
import { IDENTITY, type ZoomTransform } from '../map/frame';
import type { Lang } from '../i18n/lang';
import type { World } from '../map/prepare';
import { normalizeCategories, type Category } from '../model/categories';
import { addMonths, clampMonth, monthOfDate, type Month } from '../model/month';
import type { Story } from '../model/story';
import type { ActorId } from '../model/types';
import type { FocusRegion, Lens, Scope, View } from '../model/view';
import { DEFAULT_CHROME, type Chrome, type Speed } from './chrome';
import type { DecodedUrl } from './urlCodec';
import type { ViewContext } from './viewContext';
import { defaultView, normalizeView, sameView } from './viewFields';

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

/** The stories, fetched the first time one is asked for. */
export type StoriesLoad =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: LoadError }
  | { readonly status: 'ready'; readonly stories: readonly Story[] };

export interface AppState {
  readonly load: Load;
  /** What the reader chose to look at; mirrored in the URL. Everything shown is derived from it. */
  readonly view: View;
  readonly chrome: Chrome;
  /** The data version a permalink was made with, when it differs from the data served. */
  readonly stalePin: string | null;
  readonly playing: boolean;
  /**
   * The languages whose text has arrived. The page shows `chrome.lang` once it is among them
   * (selectLang), English until then, so a switch never shows half a language.
   */
  readonly langsReady: readonly Lang[];
  /** Why the chosen language's text did not arrive (the page stays in the one it shows). */
  readonly langError: LangError | null;
  /**
   * The month a transition (a story step) is moving the date to, month by month, or null. The
   * player moves it (src/state/player.ts); the URL shows the destination at once.
   */
  readonly glide: Month | null;
  readonly stories: StoriesLoad;
  /**
   * States outlined for a moment (a joint action's members while its timeline mark is hovered
   * or focused): shown instead of the view's highlight, never written to the URL.
   */
  readonly transientHighlight: readonly ActorId[];
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
  /**
   * Shows a view with a transition: everything but the date changes at once, with any chrome
   * change (a story's step), and the date glides to the view's month. One history entry.
   */
  moveTo(view: View, chrome?: Partial<Chrome>): void;
  /** The transition is over (arrived, or someone else moved the date). */
  endGlide(): void;
  setDate(month: Month): void;
  stepDate(delta: number): void;
  toggleCategory(category: Category): void;
  setCategories(categories: readonly Category[]): void;
  setScope(scope: Scope): void;
  /** Switches the lens; the compare and resolution lenses take their argument with them. */
  setLens(lens: Lens, argument?: string | null): void;
  openActor(id: ActorId | null): void;
  setHighlight(ids: readonly ActorId[]): void;
  setTransientHighlight(ids: readonly ActorId[]): void;
  setChrome(change: Partial<Chrome>): void;
  dismissStalePin(): void;
  storiesLoading(): void;
  storiesLoaded(stories: readonly Story[]): void;
  storiesFailed(error: LoadError): void;
  /** Opens a story on a step (from 1), with a transition from the view before. */
  openStory(id: string, step?: number): void;
  /** Moves the open story to a step (from 1; out of range clamps), with a transition. */
  goToStep(step: number): void;
  /** Closes the story; its outlines go with it, the rest of its view stays. */
  closeStory(): void;
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
  langReady(lang: Lang): void;
  langFailed(error: LangError): void;
  /** Forgets a language's failure, so the language loader tries it again. */
  retryLang(): void;
}

export interface LangError {
  readonly lang: Lang;
  readonly reason: string;
  /**
   * Whether asking again can work in this page: a chunk that failed to download can be fetched
   * again, but one that arrived broken stays broken in the page's module map until a reload.
   */
  readonly retryInPlace: boolean;
}

const NO_IDS: readonly ActorId[] = [];

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
      langsReady: ['en'],
      langError: null,
      glide: null,
      stories: { status: 'idle' },
      transientHighlight: NO_IDS,
      zoom: IDENTITY,
      zoomControl: null,

      loading: () => set({ load: { status: 'loading' }, playing: false, glide: null }),
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
      failed: (error) => set({ load: { status: 'error', error }, playing: false, glide: null }),
      setView: (view) => withView(() => view),
      moveTo: (view, chrome = {}) => {
        const current = get().view;
        const target = normalizeView({ ...view, date: clamp(view.date) });
        const next = { ...target, date: current.date };
        set({
          view: sameView(current, next) ? current : next,
          chrome: Object.keys(chrome).length > 0 ? { ...get().chrome, ...chrome } : get().chrome,
          glide: target.date === current.date ? null : target.date,
          playing: false,
        });
      },
      endGlide: () => {
        if (get().glide !== null) set({ glide: null });
      },
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
      setTransientHighlight: (ids) => {
        const current = get().transientHighlight;
        if (ids.length === current.length && ids.every((id, i) => id === current[i])) return;
        set({ transientHighlight: ids.length === 0 ? NO_IDS : [...ids] });
      },
      setChrome: (change) => set({ chrome: { ...get().chrome, ...change } }),
      dismissStalePin: () => set({ stalePin: null }),
      storiesLoading: () => set({ stories: { status: 'loading' } }),
      storiesLoaded: (stories) => {
        set({ stories: { status: 'ready', stories } });
        // A story permalink opens on its step: the step's view, at once, with no transition.
        const { chrome } = get();
        const story = storyOf(get(), chrome.story);
        const at = story && stepView(get(), story, chrome.step);
        if (at) set({ view: at.view, chrome: { ...chrome, step: at.step }, glide: null });
      },
      storiesFailed: (error) => set({ stories: { status: 'error', error } }),
      openStory: (id, step = 1) => {
        const story = storyOf(get(), id);
        const view = story && stepView(get(), story, step);
        if (!story || !view) return;
        get().moveTo(view.view, { story: id, step: view.step });
      },
      goToStep: (step) => {
        const { chrome } = get();
        if (chrome.story !== null) get().openStory(chrome.story, step);
      },
      closeStory: () =>
        set({
          chrome: { ...get().chrome, story: null, step: 1 },
          view: get().view.highlight.length > 0 ? { ...get().view, highlight: [] } : get().view,
          glide: null,
        }),
      setPlaying: (playing) => {
        // A step stops play; when nothing plays, that must not wake every subscriber.
        if (playing === get().playing && (!playing || get().glide === null)) return;
        set(playing ? { playing, glide: null } : { playing });
      },
      setSpeed: (speed) => get().setChrome({ speed }),
      setFocus: (focus) => withView((v) => ({ ...v, focus })),
      setZoom: (zoom) => {
        const z = get().zoom;
        if (z.k !== zoom.k || z.x !== zoom.x || z.y !== zoom.y) set({ zoom });
      },
      setZoomControl: (zoomControl) => set({ zoomControl }),
      zoomBy: (factor, around) => get().zoomControl?.zoomBy(factor, around),
      resetZoom: () => get().zoomControl?.reset(),
      showActor: (id) => get().zoomControl?.showActor(id),
      langReady: (lang) => {
        if (!get().langsReady.includes(lang)) set({ langsReady: [...get().langsReady, lang] });
        if (get().langError?.lang === lang) set({ langError: null });
      },
      langFailed: (langError) => set({ langError }),
      retryLang: () => set({ langError: null }),
    };
  });
}

export type AppStore = ReturnType<typeof createAppStore>;

/** A loaded story by id, or undefined while the stories load (or if it does not exist). */
export function storyOf(s: AppState, id: string | null): Story | undefined {
  return s.stories.status === 'ready' && id !== null
    ? s.stories.stories.find((story) => story.id === id)
    : undefined;
}

/** A step's full view: what the step gives, the rest at the defaults. Steps clamp to the story. */
export function stepView(
  s: AppState,
  story: Story,
  step: number,
): { readonly view: View; readonly step: number } | null {
  if (s.load.status !== 'ready' || story.steps.length === 0) return null;
  const at = Math.min(Math.max(1, Math.round(step)), story.steps.length);
  const given = story.steps[at - 1]?.view;
  return given ? { view: normalizeView({ ...defaultView(s.load.ctx), ...given }), step: at } : null;
}
