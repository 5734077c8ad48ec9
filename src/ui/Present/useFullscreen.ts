import { useEffect } from 'react';
import type { AppStore } from '../../state/store';
import { requestFullscreen } from './fullscreen';

/**
 * Keeps full screen and presentation mode together: while presenting and not yet full screen
 * (a `?present=1` link), the next key or click asks for it; leaving full screen the browser's
 * way (its Escape) leaves presentation mode too.
 */
export function useFullscreen(store: AppStore, present: boolean): void {
  useEffect(() => {
    if (!present) return;
    let wasFull = document.fullscreenElement !== null;
    const onChange = () => {
      const full = document.fullscreenElement !== null;
      if (wasFull && !full && store.getState().chrome.present) {
        store.getState().setChrome({ present: false });
      }
      wasFull = full;
    };
    // Escape and Tab do not count as a gesture that may ask for full screen.
    const onGesture = (e: Event) => {
      if (e instanceof KeyboardEvent && (e.key === 'Escape' || e.key === 'Tab')) return;
      // The same key may just have left presentation (F): then it asks for nothing.
      if (!store.getState().chrome.present) return;
      if (!document.fullscreenElement) requestFullscreen();
    };
    document.addEventListener('fullscreenchange', onChange);
    window.addEventListener('keydown', onGesture);
    window.addEventListener('click', onGesture);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('keydown', onGesture);
      window.removeEventListener('click', onGesture);
    };
  }, [store, present]);
}
