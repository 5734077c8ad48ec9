import { useCallback, useEffect, useState } from 'react';
import { loadLanguage } from '../i18n/loadLanguage';
import type { Lang } from '../i18n/lang';
import { boot } from '../state/boot';
import { startLanguageLoader } from '../state/languageLoader';
import { useAppStore } from '../state/appStore';
import { startPlayer } from '../state/player';
import { useShallow } from 'zustand/react/shallow';
import { selectLoad, selectOpenActor } from '../state/selectors';
import type { AppState } from '../state/store';
import { startUrlSync } from '../state/urlSync';
import { ActorPicker } from './ActorPicker';
import { ChartSlot } from './Chart/ChartSlot';
import { EmbedFooter } from './Embed/EmbedFooter';
import { fetchFile } from './fetchFile';
import { useEmbedHeight } from './Embed/useEmbedHeight';
import { ErrorView } from './ErrorView/ErrorView';
import { usePageKeys } from './Keys/usePageKeys';
import { enterPresent, leavePresent } from './Present/fullscreen';
import { useFullscreen } from './Present/useFullscreen';
import { CategoryFilters } from './Filters/CategoryFilters';
import { Footer } from './Footer/Footer';
import { loadLanguageFont } from './Language/languageFont';
import { LanguageSwitch } from './Language/LanguageSwitch';
import { LazySlot } from './LazySlot/LazySlot';
import { Legend } from './Legend/Legend';
import { LensPicker } from './Lens/LensPicker';
import { MapSummary } from './Map/MapSummary';
import { WorldMap } from './Map/WorldMap';
import { SearchSlot } from './Search/SearchSlot';
import { StalePinNote } from './StalePinNote';
import { panelId, tabId, ViewTabs } from './Table/ViewTabs';
import { Timeline } from './Timeline/Timeline';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { lazyPart } from './lazyPart';
import { readDatasetInWorker, readWorldInWorker, startFileWorkers } from './fileWorkers';
import { useLang, useT } from './useT';
import { ViewTitle } from './ViewTitle';
import './App.css';

const BASE = import.meta.env.BASE_URL;
const VIEW = { kind: 'view' } as const;
// The share dialog (and the export code it loads) is not needed for the first map: it loads on use.
const ShareDialog = lazyPart(() => import('./Share/ShareDialog'));
// The table loads when its tab is chosen, the compare lists when the lens is compare.
const StateTable = lazyPart(() => import('./Table/StateTable'));
const CompareResults = lazyPart(() => import('./Compare/CompareResults'));
// Nor are presentation mode, the stories and the list of keys: one chunk (see classroom.ts).
const classroom = () => import('./classroom');
const PresentLayer = lazyPart(() => classroom().then((m) => ({ default: m.PresentLayer })));
const StoryPanel = lazyPart(() => classroom().then((m) => ({ default: m.StoryPanel })));
const StoryList = lazyPart(() => classroom().then((m) => ({ default: m.StoryList })));
const HelpOverlay = lazyPart(() => classroom().then((m) => ({ default: m.HelpOverlay })));
const CiteDialog = lazyPart(() => import('./Cite/CiteDialog'));
// The offline copy's service worker registers after the first map is painted, never before it;
// the dev server and the single file (file://, where workers cannot run) have none.
const OfflineWorker = lazyPart(() => import('./Offline/OfflineWorker'));
const OFFLINE =
  import.meta.env.PROD && !import.meta.env.SINGLE_FILE && 'serviceWorker' in navigator;
// The printed handout's pages: loaded after the first map, rendered only while printing.
const Handout = lazyPart(() => import('./Print/Handout'));
// The details panel loads after the first map is painted, or at once when the link opens one.
const DetailsPanel = lazyPart(() =>
  import('./DetailsPanel/DetailsPanel').then((m) => ({ default: m.DetailsPanel })),
);

/** A language's text, names and fonts, fetched the first time it is shown. */
function loadLanguageAll(lang: Lang): Promise<void> {
  return Promise.all([loadLanguage(lang), loadLanguageFont(lang)]).then(() => undefined);
}

/**
 * Loads the dataset and the topology (and the URL's language) into the store. main.tsx calls it
 * before React's first render, so the downloads (already started by the page's preload links) are read as soon as
 * they arrive; the error view's retry calls it again.
 */
// The single file runs from file://, where no worker can start: it reads its files itself.
const WORKERS = !import.meta.env.SINGLE_FILE && typeof Worker !== 'undefined';

export function load() {
  if (WORKERS) startFileWorkers();
  return boot(useAppStore, {
    base: BASE,
    search: window.location.search,
    hash: window.location.hash,
    now: new Date(),
    fetcher: fetchFile,
    loadLanguage: loadLanguageAll,
    ...(WORKERS && { readWorld: readWorldInWorker, readDataset: readDatasetInWorker }),
  });
}

/**
 * The page's language: its text arrives when a language is chosen (the switch, Back), and the
 * document says which language it is in (`<html lang>`, for screen readers, fonts and
 * hyphenation) and names itself in it.
 */
function useLanguage() {
  const lang = useLang();
  const t = useT();
  useEffect(() => startLanguageLoader(useAppStore, loadLanguageAll), []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
}

const selectLayout = (s: AppState) => ({
  embed: s.chrome.embed,
  present: s.chrome.present,
  timeline: s.chrome.timeline,
  story: s.chrome.story !== null,
});

/** A story permalink waits for its story before the URL is kept in step: it opens on the step. */
const selectStoryPending = (s: AppState) =>
  s.chrome.story !== null && (s.stories.status === 'idle' || s.stories.status === 'loading');

/** Once the data is in, keeps the URL and the player in step with the store. */
function useSync() {
  const ready = useAppStore((s) => s.load.status === 'ready');
  const storyPending = useAppStore(selectStoryPending);
  useEffect(() => {
    if (!ready) return;
    return startPlayer(useAppStore);
  }, [ready]);
  useEffect(() => {
    if (!ready || storyPending) return;
    return startUrlSync(useAppStore);
  }, [ready, storyPending]);
}

/**
 * The page. It subscribes to nothing that changes as time moves, so a timeline step
 * re-renders only the components that show the date.
 */
export function App() {
  const t = useT();
  const load$ = useAppStore(selectLoad);
  // Only the chrome that lays out the page: a story's step or the speed re-render none of it.
  const { embed, present, timeline, story } = useAppStore(useShallow(selectLayout));
  const panelOpen = useAppStore((s) => selectOpenActor(s) !== null);
  const chromeTab = useAppStore((s) => s.chrome.tab);
  const [sharing, setSharing] = useState(false);
  const [listing, setListing] = useState(false);
  const [help, setHelp] = useState(false);
  const [citing, setCiting] = useState(false);
  const closeCite = useCallback(() => setCiting(false), []);
  const retry = useCallback(() => void load(), []);
  const closeShare = useCallback(() => setSharing(false), []);
  const closeList = useCallback(() => setListing(false), []);
  const closeHelp = useCallback(() => setHelp(false), []);
  const ready = load$.status === 'ready';
  const tab = embed ? 'map' : chromeTab;
  const comparing = useAppStore((s) => s.view.lens === 'compare');
  const drawn = useAfterFirstPaint(ready);
  useSync();
  useLanguage();
  useEmbedHeight(embed && load$.status !== 'loading');
  const keys = usePageKeys(useAppStore, drawn && !embed, { help, setHelp });
  useFullscreen(useAppStore, present && !embed);

  return (
    <div
      className={`app${embed ? ' embed' : ''}${present && !embed ? ' present' : ''}`}
      data-status={load$.status}
      data-keys-ready={keys || undefined}
    >
      {/* The link goes where there is something to skip to: the timeline once the map is in,
          the message (or the loading note) before. */}
      {!embed &&
        (ready && timeline ? (
          <a className="skip-link" href="#timeline">
            {t('app.skipToTimeline')}
          </a>
        ) : (
          !ready && (
            <a className="skip-link" href="#status">
              {t('app.skipToContent')}
            </a>
          )
        ))}
      <header className="app-head">
        {!embed && <LanguageSwitch />}
        {embed && load$.status === 'ready' ? (
          <ViewTitle as="h1" className="embed-title" />
        ) : (
          <h1>{t('app.title')}</h1>
        )}
        {!embed && <p className="subtitle">{t('app.subtitle')}</p>}
      </header>
      {!ready && (
        // Before the map: the page's main content is the note that it loads, or why it did not.
        <main id="status" className="status-main" tabIndex={-1}>
          {load$.status === 'loading' && (
            <p className="loading" role="status">
              {t('app.loading')}
            </p>
          )}
          {load$.status === 'error' && <ErrorView error={load$.error} onRetry={retry} />}
        </main>
      )}
      {load$.status === 'ready' && (
        <>
          <StalePinNote />
          {/* A class rather than :has(), which makes every change inside the layout restyle it. */}
          <main className={`layout${panelOpen ? ' with-panel' : ''}`}>
            <div className="map-column">
              {!embed && (
                <div className="toolbar">
                  <ViewTabs />
                  <SearchSlot dataset={load$.world.dataset} load={drawn} />
                  <LensPicker
                    resolutions={load$.world.dataset.resolutions}
                    min={load$.ctx.minMonth}
                    max={load$.ctx.maxMonth}
                  />
                  <div className="toolbar-actions">
                    <button
                      type="button"
                      className="share-button"
                      onClick={() => setListing(true)}
                      data-testid="stories"
                      aria-haspopup="dialog"
                    >
                      {t('stories.open')}
                    </button>
                    <button
                      type="button"
                      className="share-button"
                      onClick={() =>
                        present ? leavePresent(useAppStore) : enterPresent(useAppStore)
                      }
                      data-testid="present"
                      aria-pressed={present}
                      title={present ? undefined : t('present.openHint')}
                    >
                      {present ? t('present.leave') : t('present.open')}
                    </button>
                    <button
                      type="button"
                      className="share-button"
                      onClick={() => setHelp(true)}
                      data-testid="keys"
                      aria-haspopup="dialog"
                      aria-keyshortcuts="?"
                    >
                      {t('keys.open')}
                    </button>
                    <button
                      type="button"
                      className="share-button"
                      onClick={() => window.print()}
                      data-testid="print"
                      title={t('print.hint')}
                    >
                      {t('print.open')}
                    </button>
                    <button
                      type="button"
                      className="share-button"
                      onClick={() => setSharing(true)}
                      data-testid="share"
                      aria-haspopup="dialog"
                    >
                      {t('share.open')}
                    </button>
                    <button
                      type="button"
                      className="share-button cite-button"
                      onClick={() => setCiting(true)}
                      data-testid="cite-view"
                      aria-haspopup="dialog"
                      aria-label={t('cite.openView')}
                    >
                      {t('cite.open')}
                    </button>
                  </div>
                </div>
              )}
              {story && !embed && (
                <LazySlot>
                  <StoryPanel world={load$.world} base={BASE} />
                </LazySlot>
              )}
              <div
                id={panelId('map')}
                {...(!embed && { role: 'tabpanel', 'aria-labelledby': tabId('map') })}
                hidden={tab !== 'map'}
              >
                <WorldMap world={load$.world} />
                <MapSummary dataset={load$.world.dataset} />
                <Legend />
              </div>
              {!embed && (
                <div
                  id={panelId('table')}
                  role="tabpanel"
                  aria-labelledby={tabId('table')}
                  hidden={tab !== 'table'}
                >
                  {tab === 'table' && (
                    <LazySlot
                      fallback={
                        <p className="loading" role="status">
                          {t('table.loading')}
                        </p>
                      }
                    >
                      <StateTable dataset={load$.world.dataset} />
                    </LazySlot>
                  )}
                </div>
              )}
              {comparing && (
                <LazySlot>
                  <CompareResults dataset={load$.world.dataset} />
                </LazySlot>
              )}
              {timeline && (
                <Timeline
                  min={load$.ctx.minMonth}
                  max={load$.ctx.maxMonth}
                  events={load$.world.dataset.events}
                  resolutions={load$.world.dataset.resolutions}
                  jointActions={load$.world.dataset.jointActions}
                />
              )}
              {!embed && <ChartSlot world={load$.world} load={drawn} />}
              {!embed && (
                <div className="controls">
                  <CategoryFilters categories={load$.world.dataset.categories} />
                  <ActorPicker dataset={load$.world.dataset} />
                </div>
              )}
            </div>
            {(panelOpen || drawn) && (
              <LazySlot>
                <DetailsPanel world={load$.world} />
              </LazySlot>
            )}
          </main>
          {embed ? (
            <EmbedFooter dataset={load$.world.dataset} base={BASE} />
          ) : (
            <Footer dataset={load$.world.dataset} base={BASE} />
          )}
          {citing && (
            <LazySlot>
              <CiteDialog world={load$.world} target={VIEW} onClose={closeCite} />
            </LazySlot>
          )}
          {sharing && (
            <LazySlot>
              <ShareDialog world={load$.world} onClose={closeShare} />
            </LazySlot>
          )}
          {present && !embed && (
            <LazySlot>
              <PresentLayer />
            </LazySlot>
          )}
          {listing && (
            <LazySlot>
              <StoryList base={BASE} onClose={closeList} />
            </LazySlot>
          )}
          {help && (
            <LazySlot>
              <HelpOverlay onClose={closeHelp} />
            </LazySlot>
          )}
          {drawn && !embed && (
            <LazySlot>
              <Handout dataset={load$.world.dataset} />
            </LazySlot>
          )}
          {OFFLINE && drawn && !embed && (
            <LazySlot silent>
              <OfflineWorker />
            </LazySlot>
          )}
        </>
      )}
    </div>
  );
}
