import { LOAD_TIMEOUT_MS } from '../data/loadDataset';
import type { Lang } from '../i18n/lang';
import type { AppStore } from './store';

/** Fetches and installs a language's text (and whatever else the page needs to show it). */
export type LoadLanguage = (lang: Lang) => Promise<void>;

/**
 * Loads a language and marks it ready, or records why it did not arrive (a failed chunk, or
 * none after `timeoutMs`), for the language switch to say so and offer a retry. Never rejects:
 * without its text the page stays in the language it shows.
 */
export async function loadLanguageInto(
  store: AppStore,
  load: LoadLanguage,
  lang: Lang,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Error(`no answer after ${+(timeoutMs / 1000).toFixed(2)} s`);
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut), timeoutMs);
  });
  try {
    await Promise.race([load(lang), deadline]);
    store.getState().langReady(lang);
  } catch (e) {
    store.getState().langFailed({
      lang,
      reason: e instanceof Error ? e.message : String(e),
      // A failed download of a chunk is a TypeError; a timeout leaves it pending, to resume.
      retryInPlace: e instanceof TypeError || e === timedOut,
    });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whenever the chrome asks for a language whose text has not arrived (the language switch,
 * Back to a Korean view), loads it and marks it ready; the page switches then. A failed load
 * leaves the page in the language it shows, and is tried again the next time it is asked for,
 * or when the reader asks for a retry. Returns a function that stops it.
 */
export function startLanguageLoader(
  store: AppStore,
  load: LoadLanguage,
  timeoutMs?: number,
): () => void {
  const loading = new Set<Lang>();
  const check = () => {
    const { chrome, langsReady } = store.getState();
    const lang = chrome.lang;
    if (langsReady.includes(lang) || loading.has(lang)) return;
    loading.add(lang);
    void loadLanguageInto(store, load, lang, timeoutMs).then(() => loading.delete(lang));
  };
  check();
  return store.subscribe((s, prev) => {
    if (s.chrome.lang !== prev.chrome.lang || (prev.langError && !s.langError)) check();
  });
}
