import { keyAction, type KeyAction, type KeyContext } from './keymap';
import { keyTarget, type TargetElement } from './keyTarget';

export interface PageKeys {
  /** What the page is showing now, read at each key press. */
  context(): KeyContext;
  perform(action: KeyAction): void;
}

type KeyListener = (e: KeyboardEvent) => void;

/**
 * Listens for the page's keys on the window, in the capture phase: before the element with
 * focus, so the slider's own arrows give way to the key map's (Shift+Arrow is a year there too),
 * and before a panel's own Escape, which the key map then leaves alone. A key the map does not
 * claim goes on untouched. Returns a function that stops listening.
 */
export function bindPageKeys(
  win: {
    addEventListener(type: 'keydown', l: KeyListener, capture: boolean): void;
    removeEventListener(type: 'keydown', l: KeyListener, capture: boolean): void;
  },
  keys: PageKeys,
): () => void {
  const onKey: KeyListener = (e) => {
    if (e.defaultPrevented || e.isComposing) return;
    const target = e.target as unknown as TargetElement | null;
    const action = keyAction(
      {
        key: e.key,
        shift: e.shiftKey,
        modified: e.ctrlKey || e.altKey || e.metaKey,
        target: keyTarget(target && 'tagName' in target ? target : null),
      },
      keys.context(),
    );
    if (!action) return;
    e.preventDefault();
    keys.perform(action);
  };
  win.addEventListener('keydown', onKey, true);
  return () => win.removeEventListener('keydown', onKey, true);
}
