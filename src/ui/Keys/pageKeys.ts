import { storyOf, type AppStore } from '../../state/store';
import { enterPresent, leavePresent } from '../Present/fullscreen';
import { bindPageKeys } from './bindPageKeys';
import type { KeyAction } from './keymap';

export interface PageKeysUi {
  readonly help: boolean;
  readonly setHelp: (open: boolean) => void;
}

/** Does what a page key asks, on the store and the page. */
export function performKey(action: KeyAction, store: AppStore, ui: PageKeysUi): void {
  const s = store.getState();
  const ctx = s.load.status === 'ready' ? s.load.ctx : null;
  switch (action.type) {
    case 'months':
      s.setPlaying(false);
      return s.stepDate(action.by);
    case 'first-month':
    case 'last-month':
      if (!ctx) return;
      s.setPlaying(false);
      return s.setDate(action.type === 'first-month' ? ctx.minMonth : ctx.maxMonth);
    case 'play':
      return s.setPlaying(!s.playing);
    case 'step':
      return s.goToStep(action.to);
    case 'help':
      return ui.setHelp(!ui.help);
    case 'close-help':
      return ui.setHelp(false);
    case 'present':
      return s.chrome.present ? leavePresent(store) : enterPresent(store);
    case 'leave-present':
      return leavePresent(store);
    case 'close-story':
      return s.closeStory();
  }
}

/**
 * The page's keys (keymap.ts) on the window, read against the store and the page's own state
 * (`ui`, read at each press). Returns a function that stops listening.
 */
export function listenForPageKeys(win: Window, store: AppStore, ui: () => PageKeysUi): () => void {
  return bindPageKeys(win, {
    context: () => {
      const s = store.getState();
      const story = storyOf(s, s.chrome.story);
      return {
        present: s.chrome.present,
        story: story ? { step: s.chrome.step, count: story.steps.length } : null,
        help: ui().help,
        panel: s.view.actor !== null,
      };
    },
    perform: (action) => performKey(action, store, ui()),
  });
}
