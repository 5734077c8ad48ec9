import type { View } from '../model/view';
import type { Chrome } from './chrome';
import type { AppState, AppStore } from './store';
import { decodeUrl, encodeUrl } from './urlCodec';
import { sameView } from './viewFields';

/** Timeline steps closer together than this (a drag, held arrow keys) share one history entry. */
export const HISTORY_COALESCE_MS = 400;
/** While playing, the address bar follows the month at most this often. */
export const PLAY_URL_INTERVAL_MS = 1000;

export interface UrlSyncWindow {
  readonly history: Pick<History, 'pushState' | 'replaceState'>;
  readonly location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** The view as the URL shows it: during a transition, where it is going, not where it is. */
function shown(s: AppState): View {
  return s.glide !== null && s.glide !== s.view.date ? { ...s.view, date: s.glide } : s.view;
}

/**
 * Keeps the URL and the store's View in step. Every change the reader makes becomes a history
 * entry, so Back steps back through them. Timeline steps are written once a burst of them ends
 * (one entry per burst), and while playing the URL is replaced at most once a second: writing
 * history costs more than the step itself, so it stays off the timeline's hot path. A
 * transition (a story step) is one entry, written at once with its destination.
 * Back and Forward decode the URL into the store. Returns a function that stops syncing.
 */
export function startUrlSync(
  store: AppStore,
  win: UrlSyncWindow = window as unknown as UrlSyncWindow,
): () => void {
  let pending: { timer: number; mode: 'push' | 'replace' } | null = null;
  let applyingHistory = false;

  const version = () => {
    const load = store.getState().load;
    return load.status === 'ready' ? load.world.dataset.version : null;
  };
  // A fragment names a measure in the open panel (a measure's permalink): it stays while that
  // panel does, and goes when another opens or it closes, so no address points at a measure
  // the page no longer shows.
  let panel = store.getState().view.actor;
  const write = (
    view: View,
    mode: 'push' | 'replace',
    chrome: Chrome = store.getState().chrome,
  ) => {
    const search = encodeUrl(view, chrome, version());
    const hash = view.actor === panel ? win.location.hash : '';
    panel = view.actor;
    if (search === win.location.search && hash === win.location.hash) return;
    const url = `${win.location.pathname}${search}${hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  const cancelPending = () => {
    if (pending) win.clearTimeout(pending.timer);
    const had = pending;
    pending = null;
    return had;
  };

  const schedule = (mode: 'push' | 'replace', ms: number) => {
    // A burst that began as a push stays a push, so it still makes its history entry.
    const had = cancelPending();
    const effective = had?.mode === 'push' ? 'push' : mode;
    pending = {
      mode: effective,
      timer: win.setTimeout(() => {
        pending = null;
        write(shown(store.getState()), effective);
      }, ms),
    };
  };

  // The address bar shows the view as decoded: bad parameters disappear, defaults are explicit.
  write(shown(store.getState()), 'replace');

  const unsubscribe = store.subscribe((s, prev) => {
    if (applyingHistory) return;
    if (s.view === prev.view && s.chrome === prev.chrome && s.glide === prev.glide) return;
    const view = shown(s);
    const before = shown(prev);
    // A transition's own months: the URL already shows where it is going.
    if (s.chrome === prev.chrome && sameView(view, before)) return;
    const onlyDate =
      s.chrome === prev.chrome &&
      view.date !== before.date &&
      sameView({ ...view, date: before.date }, before);
    if (onlyDate && s.playing) {
      if (!pending) schedule('replace', PLAY_URL_INTERVAL_MS);
    } else if (onlyDate) {
      schedule('push', HISTORY_COALESCE_MS);
    } else {
      // Any other change is its own entry; a timeline burst still pending is written first.
      const had = cancelPending();
      if (had) write(before, had.mode, prev.chrome);
      write(view, 'push');
    }
  });

  const onPopState = () => {
    const s = store.getState();
    if (s.load.status !== 'ready') return;
    cancelPending();
    applyingHistory = true;
    try {
      s.setPlaying(false);
      const decoded = decodeUrl(win.location.search, s.load.ctx);
      s.setView(decoded.view);
      s.setChrome(decoded.chrome);
    } finally {
      applyingHistory = false;
    }
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    const had = cancelPending();
    if (had) write(shown(store.getState()), had.mode);
    win.removeEventListener('popstate', onPopState);
  };
}
