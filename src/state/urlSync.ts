import { decodeView, encodeView } from './urlCodec';
import type { AppStore } from './store';
import type { View } from './view';

/** Date changes closer together than this (a drag, held arrow keys) share one history entry. */
export const HISTORY_COALESCE_MS = 700;

/**
 * Keeps the URL and the store's View in step. Every change the reader makes becomes a history
 * entry, so Back steps back through them; a burst of timeline steps becomes one entry, and
 * playing replaces rather than pushes. Back and Forward decode the URL into the store.
 * Returns a function that stops syncing.
 */
export function startUrlSync(
  store: AppStore,
  win: Pick<Window, 'history' | 'location' | 'addEventListener' | 'removeEventListener'> = window,
  now: () => number = () => performance.now(),
): () => void {
  let lastDateChange = -Infinity;
  let applyingHistory = false;

  const write = (view: View, mode: 'push' | 'replace') => {
    const search = encodeView(view);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  // The address bar shows the view as decoded: bad parameters disappear, defaults are explicit.
  write(store.getState().view, 'replace');

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.view === prev.view || applyingHistory) return;
    const onlyDate =
      s.view.date !== prev.view.date &&
      s.view.measures === prev.view.measures &&
      s.view.country === prev.view.country &&
      s.view.embed === prev.view.embed;
    let mode: 'push' | 'replace' = 'push';
    if (onlyDate) {
      const t = now();
      if (s.playing || t - lastDateChange < HISTORY_COALESCE_MS) mode = 'replace';
      lastDateChange = t;
    }
    write(s.view, mode);
  });

  const onPopState = () => {
    const s = store.getState();
    if (s.load.status !== 'ready') return;
    applyingHistory = true;
    try {
      s.setPlaying(false);
      s.setView(decodeView(win.location.search, s.load.ctx));
    } finally {
      applyingHistory = false;
    }
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
