import { useEffect, useRef, useState } from 'react';
import type { AppStore } from '../../state/store';
import type { PageKeysUi } from './pageKeys';

/**
 * The page's keys (keymap.ts), wherever focus is on the page, once `ready`: App passes "the
 * first map is painted", and the key map and its handlers (./pageKeys.ts) load then, in a chunk
 * of their own, since the first map needs none of them. A chunk that fails to load leaves the
 * page's buttons and the timeline's own keys, which need none of it. True once they listen.
 */
export function usePageKeys(store: AppStore, ready: boolean, ui: PageKeysUi): boolean {
  const current = useRef(ui);
  const [listening, setListening] = useState(false);
  useEffect(() => {
    current.current = ui;
  });
  useEffect(() => {
    if (!ready) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    import('./pageKeys').then(
      ({ listenForPageKeys }) => {
        if (cancelled) return;
        stop = listenForPageKeys(window, store, () => current.current);
        setListening(true);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
      stop?.();
      setListening(false);
    };
  }, [store, ready]);
  return listening;
}
