import type { AppStore } from '../../state/store';

/**
 * Full screen through the Fullscreen API. Browsers allow it only during a user gesture, so
 * presentation mode asks for it in the key press or click that turns it on; a page opened with
 * `?present=1` asks on the first key or click (`useFullscreen`). A refusal is not an error: the
 * presentation layout still fills the window.
 */
export function requestFullscreen(doc: Document = document): void {
  const el = doc.documentElement;
  if (doc.fullscreenElement || typeof el.requestFullscreen !== 'function') return;
  el.requestFullscreen().catch(() => {});
}

export function exitFullscreen(doc: Document = document): void {
  if (doc.fullscreenElement && typeof doc.exitFullscreen === 'function') {
    doc.exitFullscreen().catch(() => {});
  }
}

/** Turns presentation mode on, full screen, from a user's gesture. */
export function enterPresent(store: AppStore, doc: Document = document): void {
  store.getState().setChrome({ present: true });
  requestFullscreen(doc);
}

export function leavePresent(store: AppStore, doc: Document = document): void {
  store.getState().setChrome({ present: false });
  exitFullscreen(doc);
}
