import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadEnglishRest } from '../i18n/catalog';

/**
 * A part of the page loaded after the first map (React's `lazy`), that arrives with the English
 * text of the later parts (src/i18n/messages/en/later.ts): the first chunk carries only the
 * first map's text, and no part ever renders before its words are in.
 */
// React's own bound for lazy's component type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyPart<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(() => Promise.all([load(), loadEnglishRest()]).then(([module]) => module));
}
