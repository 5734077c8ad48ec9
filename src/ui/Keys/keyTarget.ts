import type { KeyTarget } from './keymap';

/** The little of an element the classification reads, so it can be tested without a DOM. */
export interface TargetElement {
  readonly tagName: string;
  readonly type?: string;
  readonly isContentEditable?: boolean;
  closest(selector: string): unknown;
  hasAttribute(name: string): boolean;
}

/** Elements whose own keys win: the map (arrow keys move between states) and any marked so. */
export const OWN_KEYS = '.map-frame, [data-own-keys]';
const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"]';
const CONTROL_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'color',
  'file',
  'image',
]);

/** Where a key press lands, for the key map: the element that has focus, classified. */
export function keyTarget(el: TargetElement | null): KeyTarget {
  if (!el) return 'page';
  const tag = el.tagName.toLowerCase();
  if (tag === 'body' || tag === 'html') return 'page';
  if (el.closest(DIALOG)) return 'dialog';
  if (el.closest(OWN_KEYS)) return 'map';
  if (el.isContentEditable) return 'text';
  if (tag === 'input') {
    const type = (el.type ?? '').toLowerCase();
    if (type === 'range') return el.closest('#timeline') ? 'slider' : 'text';
    // Every other input takes typing (text, numbers, months).
    return CONTROL_INPUTS.has(type) ? 'control' : 'text';
  }
  if (tag === 'textarea' || tag === 'select') return 'text';
  if (tag === 'button' || tag === 'summary' || (tag === 'a' && el.hasAttribute('href'))) {
    return 'control';
  }
  if (el.closest('[role="button"], [role="link"], [role="checkbox"], [role="tab"]'))
    return 'control';
  return 'page';
}
