import type { Lang } from '../i18n/lang';
import type { AppStore } from './store';

/** Fetches and installs a language's text (and whatever else the page needs to show it). */
export type LoadLanguage = (lang: Lang) => Promise<void>;

/**
 * Whenever the chrome asks for a language whose text has not arrived (the language switch,
 * Back to a Korean view), loads it and marks it ready; the page switches then. A failed load
 * leaves the page in the language it shows, and is tried again the next time it is asked for.
 * Returns a function that stops it.
 */
export function startLanguageLoader(store: AppStore, load: LoadLanguage): () => void {
  const loading = new Set<Lang>();
  const check = () => {
    const { chrome, langsReady } = store.getState();
    const lang = chrome.lang;
    if (langsReady.includes(lang) || loading.has(lang)) return;
    loading.add(lang);
    load(lang).then(
      () => {
        loading.delete(lang);
        store.getState().langReady(lang);
      },
      () => loading.delete(lang),
    );
  };
  check();
  return store.subscribe((s, prev) => {
    if (s.chrome.lang !== prev.chrome.lang) check();
  });
}
