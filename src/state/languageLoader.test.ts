import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/lang';
import { boot } from './boot';
import { startLanguageLoader } from './languageLoader';
import { selectLang } from './selectors';
import { createAppStore } from './store';
import { loadedStore } from './testing';

/** A loader whose loads the test settles by hand. */
function manualLoader() {
  const calls: Lang[] = [];
  const settle = new Map<Lang, { resolve: () => void; reject: () => void }>();
  const load = (lang: Lang) =>
    new Promise<void>((resolve, reject) => {
      calls.push(lang);
      settle.set(lang, { resolve, reject });
    });
  return { calls, settle, load };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the page’s language', () => {
  it('is the chosen one once its text has arrived, English until then', () => {
    const store = loadedStore();
    store.getState().setChrome({ lang: 'ko' });
    expect(selectLang(store.getState())).toBe('en');
    store.getState().langReady('ko');
    expect(selectLang(store.getState())).toBe('ko');
    store.getState().setChrome({ lang: 'en' });
    expect(selectLang(store.getState())).toBe('en');
  });
});

describe('startLanguageLoader', () => {
  it('loads a language when it is chosen, once, and marks it ready', async () => {
    const store = loadedStore();
    const loader = manualLoader();
    const stop = startLanguageLoader(store, loader.load);
    expect(loader.calls).toEqual([]);
    store.getState().setChrome({ lang: 'ko' });
    store.getState().setChrome({ embed: true });
    expect(loader.calls).toEqual(['ko']);
    loader.settle.get('ko')?.resolve();
    await tick();
    expect(store.getState().langsReady).toContain('ko');
    expect(selectLang(store.getState())).toBe('ko');
    store.getState().setChrome({ lang: 'en' });
    store.getState().setChrome({ lang: 'ko' });
    expect(loader.calls).toEqual(['ko']);
    stop();
  });

  it('stays in the language it shows when a load fails, and tries again when asked', async () => {
    const store = loadedStore();
    const loader = manualLoader();
    const stop = startLanguageLoader(store, loader.load);
    store.getState().setChrome({ lang: 'ko' });
    loader.settle.get('ko')?.reject();
    await tick();
    expect(selectLang(store.getState())).toBe('en');
    store.getState().setChrome({ lang: 'en' });
    store.getState().setChrome({ lang: 'ko' });
    expect(loader.calls).toEqual(['ko', 'ko']);
    stop();
  });
});

describe('a language that does not arrive', () => {
  it('is recorded with its reason, and a retry loads it again', async () => {
    const store = loadedStore();
    const loader = manualLoader();
    const stop = startLanguageLoader(store, loader.load);
    store.getState().setChrome({ lang: 'ko' });
    loader.settle.get('ko')?.reject();
    await tick();
    expect(store.getState().langError).toEqual({
      lang: 'ko',
      reason: 'undefined',
      retryInPlace: false,
    });
    store.getState().retryLang();
    expect(loader.calls).toEqual(['ko', 'ko']);
    loader.settle.get('ko')?.resolve();
    await tick();
    expect(store.getState().langError).toBeNull();
    expect(selectLang(store.getState())).toBe('ko');
    stop();
  });

  it('can be asked for again in the page only when its download failed', async () => {
    const store = loadedStore();
    const stop = startLanguageLoader(store, () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/ko.js')),
    );
    store.getState().setChrome({ lang: 'ko' });
    await tick();
    expect(store.getState().langError?.retryInPlace).toBe(true);
    stop();
  });

  it('times out when its chunks never answer', async () => {
    const store = loadedStore();
    const stop = startLanguageLoader(store, () => new Promise(() => {}), 20);
    store.getState().setChrome({ lang: 'ko' });
    await new Promise((r) => setTimeout(r, 40));
    expect(store.getState().langError).toEqual({
      lang: 'ko',
      reason: 'no answer after 0.02 s',
      retryInPlace: true,
    });
    stop();
  });
});

describe('boot', () => {
  it('applies the URL’s language before the data arrives, even when the data fails', async () => {
    const store = createAppStore(new Date('2026-11-15T12:00:00Z'));
    const loader = manualLoader();
    const booted = boot(store, {
      base: '/',
      search: '?lang=ko&embed=1',
      now: new Date('2026-11-15T12:00:00Z'),
      fetcher: () => Promise.reject(new TypeError('offline')),
      loadLanguage: loader.load,
    });
    expect(store.getState().chrome).toMatchObject({ lang: 'ko', embed: true });
    expect(loader.calls).toEqual(['ko']);
    loader.settle.get('ko')?.resolve();
    await booted;
    expect(store.getState().load.status).toBe('error');
    expect(selectLang(store.getState())).toBe('ko');
  });
});
