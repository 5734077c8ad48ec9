import { describe, expect, it } from 'vitest';
import { keyAction, type KeyAction, type KeyContext, type KeyTarget } from './keymap';
import { keyTarget, type TargetElement } from './keyTarget';

const PAGE: KeyContext = { present: false, story: null, help: false, panel: false };
const STORY: KeyContext = { ...PAGE, story: { step: 3, count: 9 } };
const PRESENT: KeyContext = { ...PAGE, present: true };
const PRESENT_STORY: KeyContext = { ...STORY, present: true };

function press(key: string, ctx: KeyContext, target: KeyTarget = 'page', shift = false) {
  return keyAction({ key, shift, modified: false, target }, ctx);
}

describe('the page keys', () => {
  it.each<[string, boolean, KeyContext, KeyAction | null]>([
    ['ArrowRight', false, PAGE, { type: 'months', by: 1 }],
    ['ArrowLeft', false, PAGE, { type: 'months', by: -1 }],
    ['ArrowRight', true, PAGE, { type: 'months', by: 12 }],
    ['ArrowLeft', true, PAGE, { type: 'months', by: -12 }],
    ['Home', false, PAGE, { type: 'first-month' }],
    ['End', false, PAGE, { type: 'last-month' }],
    [' ', false, PAGE, { type: 'play' }],
    ['?', true, PAGE, { type: 'help' }],
    ['f', false, PAGE, { type: 'present' }],
    ['F', true, PAGE, { type: 'present' }],
    ['f', false, PRESENT, { type: 'present' }],
    ['Escape', false, PRESENT, { type: 'leave-present' }],
    ['Escape', false, PAGE, null],
    ['PageUp', false, PAGE, null],
    ['Enter', false, PAGE, null],
    ['a', false, PAGE, null],
    ['0', false, STORY, null],
    // Presentation without a story: the arrows are months.
    ['ArrowRight', false, PRESENT, { type: 'months', by: 1 }],
    ['Home', false, PRESENT, { type: 'first-month' }],
  ])('%s (shift %s) in %o does %o', (key, shift, ctx, action) => {
    expect(press(key, ctx, 'page', shift)).toEqual(action);
  });

  it.each<[string, KeyContext, KeyAction | null]>([
    // In a story, number keys go to its steps; outside presentation the arrows stay months.
    ['1', STORY, { type: 'step', to: 1 }],
    ['9', STORY, { type: 'step', to: 9 }],
    ['3', STORY, null],
    ['5', { ...STORY, story: { step: 1, count: 4 } }, null],
    ['ArrowRight', STORY, { type: 'months', by: 1 }],
    ['Escape', STORY, { type: 'close-story' }],
    // In presentation the arrows, Home and End walk the steps, and stop at the ends.
    ['ArrowRight', PRESENT_STORY, { type: 'step', to: 4 }],
    ['ArrowLeft', PRESENT_STORY, { type: 'step', to: 2 }],
    ['Home', PRESENT_STORY, { type: 'step', to: 1 }],
    ['End', PRESENT_STORY, { type: 'step', to: 9 }],
    ['ArrowRight', { ...PRESENT_STORY, story: { step: 9, count: 9 } }, null],
    ['ArrowLeft', { ...PRESENT_STORY, story: { step: 1, count: 9 } }, null],
    ['Escape', PRESENT_STORY, { type: 'leave-present' }],
    ['7', PRESENT_STORY, { type: 'step', to: 7 }],
  ])('%s in a story (%o) does %o', (key, ctx, action) => {
    expect(press(key, ctx)).toEqual(action);
  });

  it('gives the help overlay only its closing keys', () => {
    const help = { ...PRESENT_STORY, help: true };
    expect(press('Escape', help)).toEqual({ type: 'close-help' });
    expect(press('?', help)).toEqual({ type: 'close-help' });
    expect(press('ArrowRight', help)).toBeNull();
    expect(press('f', help)).toBeNull();
  });

  it('leaves Escape to an open details panel', () => {
    expect(press('Escape', { ...PRESENT, panel: true })).toBeNull();
    expect(press('Escape', { ...STORY, panel: true })).toBeNull();
  });

  it.each<[KeyTarget, string, KeyAction | null]>([
    ['slider', 'ArrowRight', { type: 'months', by: 1 }],
    ['slider', ' ', { type: 'play' }],
    ['slider', 'PageUp', { type: 'months', by: 12 }],
    ['slider', 'PageDown', { type: 'months', by: -12 }],
    ['control', ' ', null],
    ['control', 'ArrowRight', { type: 'months', by: 1 }],
    ['control', 'f', { type: 'present' }],
    ['text', 'ArrowRight', null],
    ['text', 'f', null],
    ['text', ' ', null],
    ['map', 'ArrowRight', null],
    ['map', 'Home', null],
    ['dialog', 'Escape', null],
    ['dialog', '?', null],
  ])('on a %s, %s does %o', (target, key, action) => {
    expect(press(key, PAGE, target)).toEqual(action);
    if (target === 'map' || target === 'text') expect(press(key, PRESENT_STORY, target)).toBeNull();
  });

  it('never takes a key held with Ctrl, Alt or Meta', () => {
    for (const key of ['ArrowRight', 'f', '?', '1', ' ', 'Home']) {
      expect(keyAction({ key, shift: false, modified: true, target: 'page' }, STORY)).toBeNull();
    }
  });
});

/** An element as the classification sees it: a tag, a type, and the ancestors it is inside. */
function el(
  tagName: string,
  opts: { type?: string; inside?: string[]; editable?: boolean; href?: boolean } = {},
): TargetElement {
  const inside = opts.inside ?? [];
  return {
    tagName,
    ...(opts.type !== undefined && { type: opts.type }),
    isContentEditable: opts.editable ?? false,
    hasAttribute: (name) => name === 'href' && (opts.href ?? false),
    closest: (selector) =>
      selector
        .split(',')
        .map((s) => s.trim())
        .some((s) => inside.includes(s))
        ? {}
        : null,
  };
}

describe('where a key lands', () => {
  it.each<[string, TargetElement | null, KeyTarget]>([
    ['nothing focused', null, 'page'],
    ['the body', el('BODY'), 'page'],
    ['a heading', el('H2'), 'page'],
    ['the timeline slider', el('INPUT', { type: 'range', inside: ['#timeline'] }), 'slider'],
    ['a play button', el('BUTTON', { inside: ['#timeline'] }), 'control'],
    ['a filter checkbox', el('INPUT', { type: 'checkbox' }), 'control'],
    ['a link', el('A', { href: true }), 'control'],
    ['a disclosure', el('SUMMARY'), 'control'],
    ['a month field', el('INPUT', { type: 'month', inside: ['#timeline'] }), 'text'],
    ['a search field', el('INPUT', { type: 'search' }), 'text'],
    ['an input of no type', el('INPUT', { type: '' }), 'text'],
    ['a menu', el('SELECT'), 'text'],
    ['a text area', el('TEXTAREA'), 'text'],
    ['editable text', el('DIV', { editable: true }), 'text'],
    ['a state of the map', el('path', { inside: ['.map-frame'] }), 'map'],
    ['the map itself', el('svg', { inside: ['.map-frame'] }), 'map'],
    ['an element that keeps its keys', el('DIV', { inside: ['[data-own-keys]'] }), 'map'],
    ['a button in a dialog', el('BUTTON', { inside: ['dialog'] }), 'dialog'],
    ['a field in a dialog', el('INPUT', { type: 'text', inside: ['[role="dialog"]'] }), 'dialog'],
  ])('%s is %s', (_, element, target) => {
    expect(keyTarget(element)).toBe(target);
  });
});
