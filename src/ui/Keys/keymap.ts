/**
 * The page's keys, as a pure table: a key press, where it happened and what the page is showing
 * -> what to do, or null to leave the key to the browser and the element that has it. One home
 * for every page-wide key; `bindPageKeys` wires it to the window, the help overlay lists it.
 */

/** Where a key press happens, as far as the page's keys care (see keyTarget.ts). */
export type KeyTarget =
  /** The page itself, or an element that takes no keys (a heading, a paragraph, a panel). */
  | 'page'
  /** The timeline's slider: the page's keys replace its own, so Shift+Arrow is a year there too. */
  | 'slider'
  /** A button, link, checkbox or disclosure: it keeps Space (and Enter) for itself. */
  | 'control'
  /** A text field, a menu, editable text: it keeps every key. */
  | 'text'
  /** Inside the map, whose own keys move between states; or any element that keeps its keys. */
  | 'map'
  /** Inside a dialog, which keeps its keys. */
  | 'dialog';

export interface KeyPress {
  readonly key: string;
  readonly shift: boolean;
  /** Ctrl, Alt or Meta held: the browser's and the system's shortcuts, never the page's. */
  readonly modified: boolean;
  readonly target: KeyTarget;
}

export interface KeyContext {
  readonly present: boolean;
  /** The open story's step (from 1) and its number of steps; null with no story (or loading). */
  readonly story: { readonly step: number; readonly count: number } | null;
  readonly help: boolean;
  /** A state's details panel is open: Escape closes it (its own key). */
  readonly panel: boolean;
}

export type KeyAction =
  | { readonly type: 'months'; readonly by: number }
  | { readonly type: 'first-month' }
  | { readonly type: 'last-month' }
  | { readonly type: 'play' }
  | { readonly type: 'step'; readonly to: number }
  | { readonly type: 'help' }
  | { readonly type: 'present' }
  | { readonly type: 'close-help' }
  | { readonly type: 'leave-present' }
  | { readonly type: 'close-story' };

export const YEAR = 12;

/** A story step, if it exists and is not the one shown. */
function step(to: number, story: NonNullable<KeyContext['story']>): KeyAction | null {
  return to >= 1 && to <= story.count && to !== story.step ? { type: 'step', to } : null;
}

export function keyAction(press: KeyPress, ctx: KeyContext): KeyAction | null {
  const { key, target } = press;
  if (press.modified) return null;
  if (ctx.help) return key === 'Escape' || key === '?' ? { type: 'close-help' } : null;
  if (target === 'text' || target === 'map' || target === 'dialog') return null;
  // In presentation with a story, the arrows (and Home/End) walk its steps.
  const walking = ctx.present ? ctx.story : null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const dir = key === 'ArrowRight' ? 1 : -1;
      if (walking) return step(walking.step + dir, walking);
      return { type: 'months', by: press.shift ? dir * YEAR : dir };
    }
    case 'PageUp':
    case 'PageDown':
      // On the page these scroll it; on the slider they are a year, as a slider's Page keys are.
      return target === 'slider' ? { type: 'months', by: key === 'PageUp' ? YEAR : -YEAR } : null;
    case 'Home':
      return walking ? step(1, walking) : { type: 'first-month' };
    case 'End':
      return walking ? step(walking.count, walking) : { type: 'last-month' };
    case ' ':
      return target === 'control' ? null : { type: 'play' };
    case '?':
      return { type: 'help' };
    case 'f':
    case 'F':
      return { type: 'present' };
    case 'Escape':
      if (ctx.panel) return null;
      if (ctx.present) return { type: 'leave-present' };
      return ctx.story ? { type: 'close-story' } : null;
    default:
      if (/^[1-9]$/.test(key) && ctx.story) return step(Number(key), ctx.story);
      return null;
  }
}
